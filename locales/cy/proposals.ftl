# Cynigion am gyllid (#13).
proposals-title = Cynigion am gyllid
