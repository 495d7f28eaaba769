"""Reports coming in: upload names (sanitised once), the upload sandbox (a resource-capped child
process parses each upload), the kept uploads folder, indexing the corpus folder and kept
uploads, and start-up indexing."""

from service.uploads.kept import UPLOADS, KeptUploads
from service.uploads.sandbox import SandboxedParser, UploadRejected
from service.uploads.startup import StartupState, build_index

__all__ = [
    "UPLOADS",
    "KeptUploads",
    "SandboxedParser",
    "StartupState",
    "UploadRejected",
    "build_index",
]
