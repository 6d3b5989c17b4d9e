"""The manager's reports: `service` builds the dashboard figures, the monthly report and the
register export; `queries` holds their database queries, `results` the anonymous data they
return, and `files` turns a report into CSV rows and writes CSV / PDF files atomically.
"""
