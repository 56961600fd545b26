//! TLS with rustls: the certificates to trust and to present, the checks each mode
//! makes, and what the server says about the session.
//!
//! rustls (with the `ring` provider) rather than native-tls: it links statically, so
//! the binary still needs nothing but glibc (no libssl of a particular version in the
//! container image), and it refuses the protocol versions and ciphers that should be
//! refused (TLS 1.2 and 1.3 only). The trusted roots are the platform's
//! (`rustls-native-certs`: `/etc/ssl/certs`, or `SSL_CERT_FILE`) when a mode verifies
//! without a CA file, and only the CA file when one is given.
//!
//! Modes (libpq's names; MySQL's map onto them): `require` encrypts without checking
//! the certificate, unless a CA file is at hand, in which case the chain is checked
//! (as libpq does); `verify-ca` checks the chain; `verify-full` the chain and that the
//! certificate names the host the URL connects to.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};

use crate::db::options::{Roots, TlsMode, TlsRequest};
use crate::definitions::dialect::Dialect;
use crate::error::{DbError, DbErrorKind};

/// What to trust and present, with file defaults applied and files checked.
#[derive(Debug, Clone)]
pub struct TlsPlan {
    pub mode: TlsMode,
    /// `None`: the certificate is not checked (require/prefer/allow without a CA).
    pub roots: Option<Roots>,
    /// Whether the certificate must name the host.
    pub check_name: bool,
    pub identity: Option<(PathBuf, PathBuf)>,
    /// How the URL asked for it, for messages.
    pub spelled: String,
}

fn tls_err(msg: String) -> DbError {
    DbError::new(DbErrorKind::Tls, msg)
}

fn readable(p: &Path, what: &str) -> Result<(), DbError> {
    std::fs::metadata(p)
        .map_err(|e| tls_err(format!("cannot read {what} {}: {e}", p.display())))
        .map(|_| ())
}

/// Applies libpq's defaults under `~/.postgresql/` and checks the files named exist.
pub fn plan(dialect: Dialect, req: &TlsRequest, home: Option<&Path>) -> Result<TlsPlan, DbError> {
    let mut roots = req.roots.clone();
    let mut identity = req.client_cert.clone().map(|c| {
        let k = req
            .client_key
            .clone()
            .unwrap_or_else(|| c.with_extension("key"));
        (c, k)
    });
    if dialect == Dialect::Postgresql && req.mode != TlsMode::Disable {
        let dir = home.map(|h| h.join(".postgresql"));
        if roots.is_none() {
            if let Some(f) = dir
                .as_ref()
                .map(|d| d.join("root.crt"))
                .filter(|f| f.exists())
            {
                roots = Some(Roots::File(f));
            } else if req.mode >= TlsMode::VerifyCa {
                return Err(tls_err(format!(
                    "{} needs a CA certificate to check the server's against, and {} does not exist: give sslrootcert=FILE, or sslrootcert=system for the platform's trusted roots",
                    req.spelled,
                    dir.map(|d| d.join("root.crt").display().to_string())
                        .unwrap_or_else(|| "~/.postgresql/root.crt".into())
                )));
            }
        }
        if identity.is_none() {
            if let Some(d) = &dir {
                let (c, k) = (d.join("postgresql.crt"), d.join("postgresql.key"));
                if c.exists() && k.exists() {
                    identity = Some((c, k));
                }
            }
        }
    }
    if let Some(Roots::File(f)) = &roots {
        readable(f, "the CA certificate file")?;
    }
    if let Some((c, k)) = &identity {
        readable(c, "the client certificate")?;
        readable(k, "the client key")?;
    }
    Ok(TlsPlan {
        mode: req.mode,
        roots,
        check_name: req.mode == TlsMode::VerifyFull,
        identity,
        spelled: req.spelled.clone(),
    })
}

/// The trusted certificates for `roots`, as DER.
pub fn load_roots(roots: &Roots) -> Result<Vec<CertificateDer<'static>>, DbError> {
    match roots {
        Roots::File(f) => pem_certs(f, "CA certificates from", " (-----BEGIN CERTIFICATE-----)"),
        Roots::System => {
            let found = rustls_native_certs::load_native_certs();
            if found.certs.is_empty() {
                let why = found
                    .errors
                    .first()
                    .map(|e| format!(": {e}"))
                    .unwrap_or_default();
                return Err(tls_err(format!(
                    "the platform has no trusted CA certificates (install ca-certificates, or set SSL_CERT_FILE){why}"
                )));
            }
            Ok(found.certs)
        }
    }
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// A verifier of certificate chains against `roots`.
fn webpki(roots: &Roots) -> Result<Arc<WebPkiServerVerifier>, DbError> {
    let mut store = RootCertStore::empty();
    for c in load_roots(roots)? {
        store
            .add(c)
            .map_err(|e| tls_err(format!("unusable CA certificate: {e}")))?;
    }
    WebPkiServerVerifier::builder_with_provider(Arc::new(store), provider())
        .build()
        .map_err(|e| tls_err(format!("TLS setup: {e}")))
}

/// The client configuration for `plan` (PostgreSQL; MySQL's driver builds its own
/// from the same plan).
pub fn client_config(plan: &TlsPlan) -> Result<ClientConfig, DbError> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| tls_err(format!("TLS setup: {e}")))?;
    let verifier: Arc<dyn ServerCertVerifier> = match &plan.roots {
        None => Arc::new(NoCheck(provider.clone())),
        Some(r) => Arc::new(Checked {
            inner: webpki(r)?,
            check_name: plan.check_name,
            seen: None,
        }),
    };
    let builder = builder
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    match &plan.identity {
        None => Ok(builder.with_no_client_auth()),
        Some((c, k)) => {
            let (chain, key) = load_identity(c, k)?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| tls_err(format!("client certificate {}: {e}", c.display())))
        }
    }
}

/// Every certificate of a PEM file, at least one; `what` names the file in the
/// read error, `hint` follows the "holds no PEM certificate" error.
fn pem_certs(path: &Path, what: &str, hint: &str) -> Result<Vec<CertificateDer<'static>>, DbError> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| tls_err(format!("cannot read {what} {}: {e}", path.display())))?;
    if certs.is_empty() {
        return Err(tls_err(format!(
            "{} holds no PEM certificate{hint}",
            path.display()
        )));
    }
    Ok(certs)
}

/// A client certificate chain and its key, from PEM files.
pub fn load_identity(
    cert: &Path,
    key: &Path,
) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), DbError> {
    let chain = pem_certs(cert, "client certificate", "")?;
    let key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| tls_err(format!("cannot read client key {}: {e}", key.display())))?;
    Ok((chain, key))
}

/// Checks the chain against the trusted roots, and the name when asked; with `seen`,
/// checks the chain only and notes a name the certificate carries there.
#[derive(Debug)]
struct Checked {
    inner: Arc<WebPkiServerVerifier>,
    check_name: bool,
    seen: Option<Arc<std::sync::Mutex<Option<String>>>>,
}

impl ServerCertVerifier for Checked {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(seen) = &self.seen else {
            return match self.inner.verify_server_cert(
                end_entity,
                intermediates,
                server_name,
                ocsp,
                now,
            ) {
                Err(rustls::Error::InvalidCertificate(
                    CertificateError::NotValidForName
                    | CertificateError::NotValidForNameContext { .. },
                )) if !self.check_name => Ok(ServerCertVerified::assertion()),
                other => other,
            };
        };
        // A name no certificate carries: the error lists the names this one does.
        let probe = ServerName::try_from("ast-schema.invalid")
            .map_err(|e| rustls::Error::General(format!("cannot make the probe name: {e}")))?;
        match self
            .inner
            .verify_server_cert(end_entity, intermediates, &probe, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
                presented,
                ..
            })) => {
                let name = presented.iter().find_map(|p| {
                    let v = p
                        .strip_prefix("DnsName(\"")
                        .and_then(|r| r.strip_suffix("\")"))
                        .filter(|d| !d.starts_with('*'))
                        .or_else(|| {
                            p.strip_prefix("IpAddress(")
                                .and_then(|r| r.strip_suffix(')'))
                        })?;
                    Some(v.to_string())
                });
                if let Ok(mut g) = seen.lock() {
                    *g = name;
                }
                Ok(ServerCertVerified::assertion())
            }
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// Encrypts without checking who is at the other end (`require` without a CA file),
/// still checking the server holds the key of the certificate it sent.
#[derive(Debug)]
struct NoCheck(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoCheck {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// Says in words why a TLS handshake failed, from the error chain's text.
pub fn explain(plan: &TlsPlan, host: &str, raw: &str) -> String {
    let why = if raw.contains("UnknownIssuer") || raw.contains("unknown issuer") {
        let by = match &plan.roots {
            Some(Roots::File(f)) => format!("the CA in {}", f.display()),
            _ => "the platform's trusted CAs".into(),
        };
        format!("the server's certificate is not signed by {by}")
    } else if raw.contains("NotValidForName") {
        format!("the server's certificate does not name the host {host:?}")
    } else if raw.contains("Expired") {
        "the server's certificate has expired".into()
    } else if raw.contains("NotValidYet") {
        "the server's certificate is not valid yet".into()
    } else if raw.contains("CertificateRequired") || raw.contains("certificate required") {
        "the server wants a client certificate (sslcert/ssl_cert and the key)".into()
    } else if raw.contains("BadCertificate")
        || raw.contains("UnknownCA")
        || raw.contains("unknown ca")
    {
        "the server rejected the client certificate".into()
    } else {
        return format!("TLS handshake failed ({}): {raw}", plan.spelled);
    };
    format!("TLS handshake failed ({}): {why} [{raw}]", plan.spelled)
}

/// A name the MySQL server's certificate carries, learnt in a first TLS handshake
/// whose chain is checked against the trusted roots.
///
/// For MySQL's chain-only modes (`VERIFY_CA`, or `REQUIRED` with `ssl_ca`):
/// `mysql_async`'s "skip the name check" does not recognise the name error of current
/// rustls, so the driver instead checks the chain and this name, which any
/// certificate chaining to the CA passes: the same guarantee as not checking names.
pub fn mysql_certificate_name(
    host: &str,
    port: u16,
    plan: &TlsPlan,
    timeout: std::time::Duration,
) -> Result<String, DbError> {
    use std::io::{Read, Write};
    use std::net::ToSocketAddrs;
    let net = |e: std::io::Error| DbError::new(DbErrorKind::Unreachable, e.to_string());
    let addr = (host, port)
        .to_socket_addrs()
        .map_err(net)?
        .next()
        .ok_or_else(|| DbError::new(DbErrorKind::Unreachable, format!("{host} has no address")))?;
    let mut s = std::net::TcpStream::connect_timeout(&addr, timeout).map_err(net)?;
    s.set_read_timeout(Some(timeout)).map_err(net)?;
    s.set_write_timeout(Some(timeout)).map_err(net)?;
    // The server's greeting: protocol, version\0, thread id, 8 bytes of scramble, a
    // filler, then the low 16 capability bits.
    let mut head = [0u8; 4];
    s.read_exact(&mut head).map_err(net)?;
    let len = u32::from_le_bytes([head[0], head[1], head[2], 0]) as usize;
    let mut greeting = vec![0u8; len];
    s.read_exact(&mut greeting).map_err(net)?;
    let caps = greeting
        .get(1..)
        .and_then(|g| g.iter().position(|b| *b == 0))
        .map(|nul| nul + 1 + 1 + 4 + 8 + 1)
        .and_then(|i| greeting.get(i..i + 2))
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .ok_or_else(|| {
            DbError::new(
                DbErrorKind::Unreachable,
                "the server's greeting is not MySQL's",
            )
        })?;
    const CLIENT_SSL: u32 = 0x0800;
    if u32::from(caps) & CLIENT_SSL == 0 {
        return Err(tls_err("server does not offer TLS".into()));
    }
    // SSLRequest: capabilities, max packet, charset, 23 zero bytes; sequence 1.
    let mut req = Vec::with_capacity(36);
    req.extend_from_slice(&[32, 0, 0, 1]);
    req.extend_from_slice(&(0x0001u32 | 0x0200 | CLIENT_SSL | 0x8000).to_le_bytes());
    req.extend_from_slice(&(16u32 << 20).to_le_bytes());
    req.push(45);
    req.extend_from_slice(&[0u8; 23]);
    s.write_all(&req).map_err(net)?;
    let seen = Arc::new(std::sync::Mutex::new(None::<String>));
    let mut chain_only = plan.clone();
    chain_only.check_name = false;
    let mut cfg = client_config(&chain_only)?;
    let Some(roots) = &plan.roots else {
        return Err(tls_err("no CA to check the chain against".into()));
    };
    cfg.dangerous().set_certificate_verifier(Arc::new(Checked {
        inner: webpki(roots)?,
        check_name: false,
        seen: Some(seen.clone()),
    }));
    let name = ServerName::try_from(host.to_string())
        .map_err(|e| tls_err(format!("{host:?} is not a host name for TLS: {e}")))?;
    let mut conn =
        rustls::ClientConnection::new(Arc::new(cfg), name).map_err(|e| tls_err(e.to_string()))?;
    while conn.is_handshaking() {
        conn.complete_io(&mut s).map_err(|e| {
            if e.get_ref()
                .is_some_and(|i| i.downcast_ref::<rustls::Error>().is_some())
            {
                tls_err(e.to_string())
            } else {
                net(e)
            }
        })?;
    }
    let found = seen.lock().map(|g| g.clone()).unwrap_or_default();
    found.ok_or_else(|| tls_err("the server's certificate names no host or address".into()))
}
