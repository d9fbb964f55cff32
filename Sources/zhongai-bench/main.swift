// The benchmark program of issue 9 (being built).
print("zhongai-bench: no benchmark yet")
