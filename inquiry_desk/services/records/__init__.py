"""The data held about the applicant: brought in from exports, reviewed, printed, given back."""
