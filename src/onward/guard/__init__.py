"""The boundary: recognise when a person needs therapy or is in crisis."""
