"""The demo generator: realistic cases in every state, Japanese and EEA applicants, for trying the app."""
