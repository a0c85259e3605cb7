"""Errors a user can cause; each carries a message fit to show as one line."""


class DomainError(ValueError):
    """Base for rule violations; the CLI prints the message and exits non-zero."""


class NotFound(DomainError):
    pass


class InvalidInput(DomainError):
    pass


class InvalidTransition(DomainError):
    pass


class AgreementRequired(DomainError):
    pass


class AlreadyExists(DomainError):
    pass
