"""The notices page (Thông báo): drafting, previewing, printing and issuing official notices."""
