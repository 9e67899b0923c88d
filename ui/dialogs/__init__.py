"""The dialogs and wizards a programming session opens."""
