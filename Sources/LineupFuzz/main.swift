print("lineup-fuzz: not yet written")
