"""One exception hierarchy for everything the app can tell a person went wrong.

Each error carries three things:

* ``message``: what happened, in plain words a receptionist understands;
* ``hint``: what the person can do about it;
* ``detail``: the technical detail, for the log only (never shown as the main text).

``str(error)`` gives the message and the hint together, ready to show.
"""

from __future__ import annotations

from desktop.core.i18n import N_, translate


class SlmError(Exception):
    """Base class for every error the app explains to people."""

    default_hint = N_("Please try again. If it keeps happening, ask your IT contact for help.")

    def __init__(self, message: str, *, hint: str | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        # default hints are marked with N_ and translated here, in the current language
        self.hint = hint if hint is not None else translate(self.default_hint)
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message

    def to_dict(self) -> dict[str, str]:
        """A JSON-ready form (used by the runner protocol and ``--json`` output)."""
        return {
            "type": type(self).__name__,
            "message": self.message,
            "hint": self.hint,
            "detail": self.detail,
        }


# --- model files -------------------------------------------------------------------


class ModelFileError(SlmError):
    """A model file is missing, empty, truncated, corrupt or of an unknown kind."""

    default_hint = N_("Download the model again, or pick another file.")


class UnsupportedModelError(ModelFileError):
    """The file is a real model, but none of the installed engines can run it."""

    default_hint = N_("Pick a different model; the catalog lists models that work here.")


# --- running models ----------------------------------------------------------------


class EngineError(SlmError):
    """Loading or running a model failed."""


class RunnerCrashedError(EngineError):
    """The separate process that ran a model stopped unexpectedly."""

    default_hint = N_(
        "The rest of the app is fine. Try again, or pick a smaller model if this keeps happening."
    )


class OutOfMemoryError(EngineError):
    """The computer ran out of memory for this model."""

    default_hint = N_("Close other programs, choose a smaller model, or use a shorter context.")


class CancelledError(SlmError):
    """The person stopped the work. Not really an error; callers usually ignore it."""

    default_hint = ""


# --- hardware / fit ----------------------------------------------------------------


class HardwareError(SlmError):
    """Something about this computer could not be read or cannot run the engine."""


# --- network, hub and downloads -------------------------------------------------------


class NetworkError(SlmError):
    """The Hub (or the office mirror) could not be reached or answered with an error."""

    default_hint = N_("Check the internet connection (or the office proxy) and try again.")


class OfflineError(NetworkError):
    """Offline mode is on, or there is no network at all."""

    default_hint = N_("Connect to the internet, or turn off offline mode in Settings.")


class NotFoundError(NetworkError):
    """The model or file does not exist on the Hub."""

    default_hint = N_("Check the name; the model may have been renamed or removed.")


class GatedModelError(NetworkError):
    """The model requires accepting its license on the Hub before downloading."""

    default_hint = (
        N_("Open the model's page, accept its license with your Hugging Face account, "
        "then add your access token in Settings.")
    )


class UnauthorizedError(NetworkError):
    """The access token is missing, wrong or has no access."""

    default_hint = N_("Check the access token in Settings.")


class RateLimitedError(NetworkError):
    """The Hub asked us to slow down."""

    default_hint = N_("Wait a few minutes and try again.")


class ServerError(NetworkError):
    """The Hub or mirror had a problem on its side."""

    default_hint = N_("This is not your fault. Try again in a few minutes.")


class TimeoutError_(NetworkError):
    """The server took too long to answer."""

    default_hint = N_("The connection is slow or interrupted. Try again; downloads resume.")


class DownloadError(SlmError):
    """A download could not finish."""

    default_hint = N_("Try again; the download continues where it stopped.")


class ChecksumError(DownloadError):
    """The downloaded file is not the expected file (damaged or tampered with)."""

    default_hint = N_("The damaged file was deleted. Download it again.")


class DiskSpaceError(DownloadError):
    """Not enough free disk space (before or during a download or import)."""

    default_hint = N_(
        "Free up disk space or pick another models folder in Settings, then try again."
    )


class DownloadsDisabledError(DownloadError):
    """The organisation's policy turns downloads off."""

    default_hint = N_("Ask your IT contact to add the model to the shared models folder.")


# --- settings / policy / library ------------------------------------------------------


class SettingsError(SlmError):
    """A settings or policy file could not be read; safe defaults are used instead."""


class LibraryError(SlmError):
    """Adding, finding or removing an installed model failed."""


class HistoryError(SlmError):
    """The comparison history could not be read or saved."""

    default_hint = (
        N_("Your comparisons are kept in the app's data folder. Check that the disk is not full "
        "or read-only, then try again.")
    )


# --- documents ------------------------------------------------------------------------


class DocumentError(SlmError):
    """A document could not be read: unknown kind, too big, protected, scanned or damaged."""

    default_hint = N_("Save the text as a .txt, .docx or .pdf file and attach that instead.")


class DocumentTooLongError(DocumentError):
    """A document and the question do not fit in a model's context."""

    default_hint = (
        N_("Choose a longer context if this computer has the memory, or use the first part "
        "of the document that fits.")
    )


# --- the app's own folders and the person's input ---------------------------------------


class StorageError(SlmError, OSError):
    """A folder the app keeps its files in is missing and cannot be made, or is read-only.

    Also an :class:`OSError`, so code that already treats "could not write" softly
    (the log file, caches) keeps doing so.
    """

    default_hint = (
        N_("Check that your home folder exists and you may write to it (or set "
        "SLM_PLAYGROUND_HOME to a folder you can write to), then try again.")
    )


class InputError(SlmError):
    """A value the person typed (or a caller passed) is out of range or not valid text."""

    default_hint = N_("Change the value and try again.")


class PolicyLockedError(SlmError):
    """The person asked for a setting that their organisation's policy fixes."""

    default_hint = N_("Leave the option out; your IT contact can change the policy.")
