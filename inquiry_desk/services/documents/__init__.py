"""The documents a case sends out: `service` renders a case's document from its data, in
batches, records each output and knows what is due today; `delivery` is the one way a
rendered PDF leaves the application, to a file or a printer, recorded on the case.
"""
