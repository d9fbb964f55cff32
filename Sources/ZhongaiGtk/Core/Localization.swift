import CIntl
import Foundation

/// The interface speaks Simplified Chinese through gettext, with English msgids.
public enum Localization {
    public static let domain = "zhongai"

    /// Binds the message catalogue in `localeDirectory`. The workbench is Chinese by default: when the session
    /// has no language of its own (C, C.UTF-8, POSIX, as on a kiosk laptop or under Xvfb) it asks for zh_CN.
    /// glibc ignores LANGUAGE only under the plain "C" locale, so that one is upgraded to C.UTF-8.
    public static func setUp(localeDirectory: String, language: String? = nil) {
        if let language { setenv("LANGUAGE", language, 1) }
        setlocale(LC_ALL, "")
        let messages = String(cString: setlocale(LC_MESSAGES, nil))
        let neutral = ["C", "POSIX", "C.UTF-8", "C.utf8"].contains(messages)
        if neutral {
            if setlocale(LC_ALL, "zh_CN.UTF-8") == nil, messages == "C" || messages == "POSIX" {
                setlocale(LC_ALL, "C.UTF-8")
            }
            if language == nil, getenv("LANGUAGE") == nil || String(cString: getenv("LANGUAGE")).isEmpty {
                setenv("LANGUAGE", "zh_CN", 1)
            }
        }
        bindtextdomain(domain, localeDirectory)
        bind_textdomain_codeset(domain, "UTF-8")
        textdomain(domain)
    }

    /// The language the interface will show, e.g. "zh_CN" (used to pick Simplified Chinese glyphs).
    public static var interfaceLanguage: String {
        if let l = getenv("LANGUAGE"), !String(cString: l).isEmpty {
            return String(String(cString: l).split(separator: ":").first ?? "zh_CN")
        }
        return String(cString: setlocale(LC_MESSAGES, nil))
    }
}

/// Translates an English msgid. Pass plain string literals only, so xgettext (`--keyword=tr`) can extract them;
/// put values in with `%@` and `String.replacing` or `trf`.
public func tr(_ msgid: String) -> String {
    // Without a translation gettext hands back the very pointer it was given, which lives only inside this call.
    msgid.withCString { key in
        guard let translated = dgettext(Localization.domain, key), translated != UnsafeMutablePointer(mutating: key) else {
            return msgid
        }
        return String(cString: translated)
    }
}

/// Translates a msgid with `%@` placeholders and fills them in order.
public func trf(_ msgid: String, _ arguments: CustomStringConvertible...) -> String {
    var text = tr(msgid)
    for argument in arguments {
        guard let range = text.range(of: "%@") else { break }
        text.replaceSubrange(range, with: argument.description)
    }
    return text
}
