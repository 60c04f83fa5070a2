"""The OCPP 1.6 security extension as whitepaper firmware does it (OCPP 1.6 Security Whitepaper Edition 3):
security events, the security log, GetLog and signed firmware. On with ``ChargerOptions.security_extension``.

* **Security events** (whitepaper use case A04 "Security Event Notification" and its appendix "Security events"):
  every event goes to the charger's security log; the *critical* ones are also pushed to the central system with
  SecurityEventNotification (sent once online, like a firmware status). The simulator raises StartupOfTheDevice at
  each boot, ResetOrReboot after a reset, FirmwareUpdated after a firmware installation,
  InvalidFirmwareSigningCertificate / InvalidFirmwareSignature for a
  signed update that fails, and ReconfigurationOfSecurityParameters when SecurityProfile or AuthorizationKey is
  changed (non-critical: logged only).
* **GetLog** (use case N01 "Retrieve Log Information"): DiagnosticsLog is the diagnostics file, SecurityLog the
  security log; LogStatusNotification carries the request's requestId.
* **Signed firmware** (use case L01 "Secure Firmware Update"): the signing certificate must be issued by a
  manufacturer root the charger holds (``ChargerOptions.firmware_ca``, PEM, or one installed as
  ManufacturerRootCertificate; none: every certificate is refused)
  and valid, else the answer is InvalidCertificate; after the download the signature (Base64, SHA-256 with the
  certificate's RSA or EC key) is verified over the image: SignatureVerified then installed, or InvalidSignature
  and nothing installed. Progress goes out as SignedFirmwareStatusNotification with the requestId.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

from . import events as ev
from .certificates import MANUFACTURER_ROOT
from .core import ChargerCore

#: the whitepaper's security events and whether each is critical (pushed to the central system)
SECURITY_EVENTS: dict[str, bool] = {
    "FirmwareUpdated": True,
    "FailedToAuthenticateAtCentralSystem": False,
    "CentralSystemFailedToAuthenticate": False,
    "SettingSystemTime": True,
    "StartupOfTheDevice": True,
    "ResetOrReboot": True,
    "SecurityLogWasCleared": True,
    "ReconfigurationOfSecurityParameters": False,
    "MemoryExhaustion": True,
    "InvalidMessages": False,
    "AttemptedReplayAttacks": False,
    "TamperDetectionActivated": True,
    "InvalidFirmwareSignature": False,
    "InvalidFirmwareSigningCertificate": False,
    "InvalidCentralSystemCertificate": False,
    "InvalidChargePointCertificate": False,
    "InvalidTLSVersion": False,
    "InvalidTLSCipherSuite": False,
}
SECURITY_KEYS = frozenset({"SecurityProfile", "AuthorizationKey"})
SECURITY = "security"  # the SimEvent kind; data: type, critical


class SecurityMixin(ChargerCore):
    """Security events and log, GetLog's security log, signed firmware (see the module)."""

    @property
    def security_extension(self) -> bool:
        return self.options.security_extension and self.proto.version == "1.6"

    def security_event(self, kind: str, tech_info: str = "") -> None:
        """Log ``kind``; a critical one is also pushed to the central system (in the background, once online)."""
        if not self.security_extension:
            return
        now = self.clock.now()
        critical = SECURITY_EVENTS.get(kind, False)
        self.security_log.append(
            f"{now.isoformat(timespec='seconds')} {kind}{' (critical)' if critical else ''}"
            + (f": {tech_info}" if tech_info else "")
        )
        self.emit(SECURITY, f"security event {kind}", type=kind, critical=critical)
        if critical:
            payload: dict[str, Any] = {"type": kind, "timestamp": now.isoformat().replace("+00:00", "Z")}
            if tech_info:
                payload["techInfo"] = tech_info[:255]
            self.spawn(self.send("SecurityEventNotification", payload), "security-event")

    def security_before_reboot(self, boot_reason: str) -> None:
        """What the next boot reports: the reset, or the firmware it installed."""
        if boot_reason == "FirmwareUpdate":
            self._pending_boot_events.append(("FirmwareUpdated", f"firmware {self.firmware_version}"))
        elif boot_reason in ("RemoteReset", "ScheduledReset"):
            self._pending_boot_events.append(("ResetOrReboot", boot_reason))

    def security_after_boot(self, boot_reason: str) -> None:
        """A boot the central system accepted (not a triggered one): StartupOfTheDevice, then what the last
        run left to report."""
        if boot_reason == "Triggered":
            return
        self.security_event("StartupOfTheDevice", boot_reason)
        pending, self._pending_boot_events = self._pending_boot_events, []
        for kind, info in pending:
            self.security_event(kind, info)

    def security_log_file(self) -> tuple[str, Callable[[], bytes]]:
        name = f"{self.cp_id}-security-{self.clock.now():%Y%m%dT%H%M%SZ}.log"

        def content() -> bytes:
            head = f"# security log of {self.cp_id} ({self.options.vendor} {self.model} {self.serial})"
            return "\n".join([head, *self.security_log, ""]).encode()

        return name, content

    # --- signed firmware (L01) ---------------------------------------------------------------------------

    def signing_certificate_problem(self, pem: str) -> str | None:
        """Why the charger refuses a signing certificate (None: issued by its manufacturer root, valid now)."""
        from cryptography import x509  # imported when first needed: few simulated chargers check firmware
        from cryptography.exceptions import InvalidSignature

        roots = list(self.certificates.trusted.get(MANUFACTURER_ROOT, []))  # installed (M05)
        root_pem = self.options.firmware_ca
        try:
            if root_pem:
                roots.append(x509.load_pem_x509_certificate(root_pem.encode()))
            cert = x509.load_pem_x509_certificate(pem.encode())
        except ValueError:
            return "not a PEM certificate"
        if not roots:
            return "no manufacturer root certificate installed"
        now = dt.datetime.now(dt.UTC)
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            return "certificate not valid now"
        for root in roots:
            if cert == root:
                return None
            try:
                cert.verify_directly_issued_by(root)
            except (ValueError, TypeError, InvalidSignature):
                continue
            return None
        return f"not issued by the manufacturer root ({cert.issuer.rfc4514_string()})"

    def signed_update_firmware(
        self,
        location: str,
        retrieve: str | None,
        retries: int | None,
        retry_interval: int | None,
        certificate: str,
        signature: str,
        send_status: Callable[[str], Awaitable[None]],
    ) -> Callable[[], Awaitable[None]]:
        """The signed update's run: the plain one with its steps sent by ``send_status`` (the version's
        SignedFirmwareStatusNotification) and the signature verified over the download."""

        async def status(value: str) -> None:
            self.firmware_state = value
            self.emit(ev.FIRMWARE, f"signed firmware: {value}", status=value)
            await send_status(value)

        def verify(data: bytes) -> bool:
            if _signature_verifies(certificate, signature, data):
                return True
            self.security_event("InvalidFirmwareSignature", location.rsplit("/", 1)[-1][:100])
            return False

        return self.update_firmware(location, retrieve, retries, retry_interval, status, verify)


# The charger's own check, written apart from ChargeDesk's (app.services.chargers.firmware_signature) on purpose: the
# simulator imports nothing of the central system, so a mistake in one cannot hide the same mistake in the other.
def _signature_verifies(certificate: str, signature: str, data: bytes) -> bool:
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    try:
        key = x509.load_pem_x509_certificate(certificate.encode()).public_key()
        sig = base64.b64decode("".join(signature.split()), validate=True)
    except (ValueError, binascii.Error):
        return False
    try:
        if isinstance(key, rsa.RSAPublicKey):
            try:
                key.verify(sig, data, padding.PKCS1v15(), hashes.SHA256())
            except InvalidSignature:
                pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO)
                key.verify(sig, data, pss, hashes.SHA256())
            return True
        if isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, data, ec.ECDSA(hashes.SHA256()))
            return True
    except InvalidSignature:
        return False
    return False
