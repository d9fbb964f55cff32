import ZhongaiApp

// Translations are bound before anything prints or GTK starts: the interface is Chinese by default.
MainActor.assumeIsolated {
    InterfaceLanguage.setUp(layout: InstallLayout.locate())
}
Zhongai.main()
