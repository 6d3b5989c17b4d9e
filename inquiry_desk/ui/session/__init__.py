"""Who is at the keyboard: signing in, and the idle lock that hides the window until the password."""
