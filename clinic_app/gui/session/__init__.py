"""Who is at the desk: sign-in, the first administrator, the idle lock."""
