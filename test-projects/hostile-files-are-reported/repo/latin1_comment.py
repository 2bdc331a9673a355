# Copyright 2026 Example Corp
# café au lait, naïve, © 2026
print("latin-1 bytes above")
