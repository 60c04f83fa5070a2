"""OCPP 2.0.1 certificates (blocks A and M, without ISO 15118) and secure firmware update (L01) of the simulated
station: the 2.0.1 shapes over the version-neutral :mod:`.certificates` store and :mod:`.security` checks.

* **A02/A03**: SignCertificate (``certificateType`` ChargingStationCertificate) with a new key pair's CSR, when
  triggered (TriggerMessage SignChargingStationCertificate) or after an Accepted boot
  (``ChargerOptions.sign_certificate_at_boot``); CertificateSigned is checked as a 1.6 charger checks it (a
  V2GCertificate is Rejected: the station does no ISO 15118);
* **M03/M04/M05**: InstallCertificate (CSMSRootCertificate is the store's CentralSystemRootCertificate),
  GetInstalledCertificateIds (a list of uses, all when absent; the answer's ``certificateHashDataChain``),
  DeleteCertificate;
* **L01**: UpdateFirmware with ``signingCertificate`` and ``signature``: the certificate must be issued by the
  manufacturer root (``ChargerOptions.firmware_ca`` or an installed ManufacturerRootCertificate), else
  InvalidCertificate; after the download the signature is verified: FirmwareStatusNotification SignatureVerified
  then the installation, or InvalidSignature and nothing installed. Without a signature: the plain update.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import events as ev
from .certificates import CENTRAL_ROOT, MANUFACTURER_ROOT
from .wire import Reply

if TYPE_CHECKING:
    from .v201 import Ocpp201

Payload = dict[str, Any]

STATION_CERTIFICATE = "ChargingStationCertificate"
CSMS_ROOT = "CSMSRootCertificate"
#: 2.0.1 certificate uses -> the store's (1.6) names
STORE_KIND = {CSMS_ROOT: CENTRAL_ROOT}
LISTED = (CSMS_ROOT, MANUFACTURER_ROOT)  # what GetInstalledCertificateIds without a type lists
TRIGGER = "SignChargingStationCertificate"


class Security201:
    """The 2.0.1 station's certificate and signed-firmware handlers (registered by :class:`.v201.Ocpp201`)."""

    def __init__(self, proto: Ocpp201) -> None:
        self.proto = proto

    @property
    def ch(self) -> Any:
        return self.proto.ch

    # --- A02 / A03 ---------------------------------------------------------------------------------------

    async def sign_certificate(self) -> None:
        """SignCertificate with a new key pair's CSR (A02 when triggered, A03 by itself)."""
        csr = self.ch.certificates.new_request()
        try:
            answer = await self.proto.call(
                "SignCertificate", {"csr": csr, "certificateType": STATION_CERTIFICATE}
            )
        except Exception as e:  # CallError, timeout, connection lost: the request is not repeated
            self.ch.error(f"SignCertificate: {e or type(e).__name__}")
            return
        status = str(answer.get("status", ""))
        self.ch.emit(ev.CERTIFICATE, f"SignCertificate: {status}", step="requested", status=status)

    async def on_certificate_signed(self, p: Payload) -> Payload:
        if p.get("certificateType", STATION_CERTIFICATE) != STATION_CERTIFICATE:
            accepted, why = False, f"{p['certificateType']} is not supported (no ISO 15118)"
        else:
            accepted, why = self.ch.certificates.accept_signed(str(p["certificateChain"]))
        step = "accepted" if accepted else "rejected"
        self.ch.emit(
            ev.CERTIFICATE, f"CertificateSigned: {step}{': ' + why if why else ''}", step=step, detail=why
        )
        if accepted:
            return {"status": "Accepted"}
        return {
            "status": "Rejected",
            "statusInfo": {"reasonCode": "InvalidCertificate", "additionalInfo": why[:512]},
        }

    async def on_trigger_message(self, p: Payload) -> Payload | Reply:
        """TriggerMessage SignChargingStationCertificate (A02: a new key pair); the other triggers as before."""
        if p["requestedMessage"] == TRIGGER:
            return Reply({"status": "Accepted"}, self.sign_certificate)
        return await self.proto.on_trigger_message(p)

    # --- M05, M03, M04 -------------------------------------------------------------------------------------

    async def on_install_certificate(self, p: Payload) -> Payload:
        use = str(p["certificateType"])
        return {"status": self.ch.certificates.install(STORE_KIND.get(use, use), str(p["certificate"]))}

    async def on_get_installed_certificate_ids(self, p: Payload) -> Payload:
        chain = [
            {"certificateType": use, "certificateHashData": h}
            for use in p.get("certificateType") or LISTED
            for h in self.ch.certificates.ids(STORE_KIND.get(use, use))
        ]
        return {"status": "Accepted", "certificateHashDataChain": chain} if chain else {"status": "NotFound"}

    async def on_delete_certificate(self, p: Payload) -> Payload:
        return {"status": self.ch.certificates.delete(p["certificateHashData"])}

    # --- L01 ---------------------------------------------------------------------------------------------------

    async def on_update_firmware(self, p: Payload) -> Payload | Reply:
        firmware = p["firmware"]
        certificate, signature = firmware.get("signingCertificate"), firmware.get("signature")
        if not certificate or not signature:
            return await self.proto.on_update_firmware(p)
        problem = self.ch.signing_certificate_problem(str(certificate))
        if problem is not None:
            self.ch.emit(ev.FIRMWARE, f"signed firmware refused: {problem}", status="InvalidCertificate")
            return {"status": "InvalidCertificate", "statusInfo": {"reasonCode": "InvalidCertificate"}}
        busy = self.ch.firmware_state in ("Downloading", "Downloaded", "SignatureVerified", "Installing")
        self.proto.firmware_request_id = int(p["requestId"])
        then = self.ch.signed_update_firmware(
            str(firmware["location"]),
            firmware.get("retrieveDateTime"),
            p.get("retries"),
            p.get("retryInterval"),
            str(certificate),
            str(signature),
            self.proto.firmware_status,
        )
        return Reply({"status": "AcceptedCanceled" if busy else "Accepted"}, then)


__all__ = ["CSMS_ROOT", "STATION_CERTIFICATE", "TRIGGER", "Security201"]
