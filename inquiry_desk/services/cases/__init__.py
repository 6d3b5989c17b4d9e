"""Cases: creating and reading them (decrypted, audited), their facts and views, and the register."""
