# Funding proposals (#13).
proposals-title = Funding proposals
