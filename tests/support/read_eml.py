#!/usr/bin/python3
"""Reads a mail file with Python's own email package (a MIME parser
independent of GMime) and prints what the tests compare, one item a line:

    subject: …           to: … (one line per address)   date: …
    message-id: …        x-unsent: …                     defects: N
    attachment: TYPE; PARAM=VALUE…; FILE NAME; SIZE
    body:                (then the text body, decoded, to the end)

With a folder as second argument, each attachment is also saved there under
its file name, decoded, so that its bytes can be compared.

    /usr/bin/python3 tests/support/read_eml.py FILE.eml [FOLDER]
"""
import email
import email.policy
import os
import sys

with open(sys.argv[1], "rb") as stream:
    message = email.message_from_binary_file(stream, policy=email.policy.default)

print("subject:", message["Subject"])
for address in message.get_all("To", []):
    print("to:", address)
print("date:", message["Date"])
print("message-id:", message["Message-ID"])
print("x-unsent:", message["X-Unsent"])
print("defects:", len(message.defects) + sum(len(part.defects) for part in message.walk()))
for part in message.iter_attachments():
    payload = part.get_payload(decode=True)
    params = "".join(f"; {key}={value}" for key, value in part.get_params()[1:])
    print(f"attachment: {part.get_content_type()}{params}; {part.get_filename()}; {len(payload)}")
    if len(sys.argv) > 2:
        with open(os.path.join(sys.argv[2], part.get_filename()), "wb") as saved:
            saved.write(payload)
body = message.get_body(preferencelist=("plain",))
print("body:")
print(body.get_content() if body is not None else "", end="")
