print("zhongai")
