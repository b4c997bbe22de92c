"""Small reusable input widgets (agency pickers, date fields) shared by pages and dialogs."""
