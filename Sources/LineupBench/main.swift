print("lineup-bench: not yet written")
