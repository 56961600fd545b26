//! The TLS part of a URL's query, folded into one request: libpq's `sslmode`,
//! `sslrootcert`, `sslcert`, `sslkey` for PostgreSQL; PyMySQL's and mysqlclient's
//! `ssl`, `ssl_mode`, `ssl_ca`, `ssl_cert`, `ssl_key`, `ssl_verify_cert`,
//! `ssl_verify_identity`, `ssl_check_hostname` for MySQL. Which parameters exist at all
//! is [`crate::db::options`]' business; what the request means on the wire is
//! [`crate::db::tls`]'.

use std::path::PathBuf;

use crate::db::url::{bad, file, flag, DbUrl};
use crate::error::Error;

/// How much TLS the URL asks for, in libpq's words (MySQL's modes map onto them:
/// DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TlsMode {
    /// Never.
    Disable,
    /// Plaintext first, TLS if the server insists (PostgreSQL only).
    Allow,
    /// TLS when the server offers it, else plaintext.
    Prefer,
    /// TLS or fail; the certificate is checked only against a CA file given.
    Require,
    /// TLS, and the certificate must chain to a trusted CA.
    VerifyCa,
    /// TLS, a trusted chain, and the certificate must name the host.
    VerifyFull,
}

impl TlsMode {
    /// Whether a connection without TLS fails this mode.
    pub fn required(self) -> bool {
        self >= TlsMode::Require
    }
}

/// Where trusted CA certificates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Roots {
    /// A PEM file given in the URL.
    File(PathBuf),
    /// The platform's trust store (`sslrootcert=system`, or MySQL verify modes without
    /// `ssl_ca`).
    System,
}

/// The TLS part of a URL, as written (defaults that depend on files, such as
/// `~/.postgresql/root.crt`, are applied when connecting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsRequest {
    pub mode: TlsMode,
    /// Whether the mode was asked for, rather than the dialect's default.
    pub explicit: bool,
    pub roots: Option<Roots>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    /// The parameters that asked for it, for messages (`sslmode=verify-full`).
    pub spelled: String,
}

/// libpq's `sslmode`, `sslrootcert`, `sslcert`, `sslkey`.
pub(crate) fn pg_tls(url: &DbUrl) -> Result<TlsRequest, Error> {
    let q = |k: &str| url.query_value(k);
    let (mode, explicit) = match q("sslmode") {
        None => (TlsMode::Prefer, false),
        Some(v) => (
            match v {
                "disable" => TlsMode::Disable,
                "allow" => TlsMode::Allow,
                "prefer" => TlsMode::Prefer,
                "require" => TlsMode::Require,
                "verify-ca" => TlsMode::VerifyCa,
                "verify-full" => TlsMode::VerifyFull,
                other => {
                    return Err(bad(
                        url,
                        format!("sslmode={other:?} is not one of disable, allow, prefer, require, verify-ca, verify-full"),
                    ))
                }
            },
            true,
        ),
    };
    let roots = match q("sslrootcert") {
        None => None,
        Some("system") => Some(Roots::System),
        Some(v) => Some(Roots::File(file(url, "sslrootcert", v)?)),
    };
    let client_cert = q("sslcert").map(|v| file(url, "sslcert", v)).transpose()?;
    let client_key = q("sslkey").map(|v| file(url, "sslkey", v)).transpose()?;
    if client_key.is_some() && client_cert.is_none() {
        return Err(bad(url, "sslkey without sslcert".into()));
    }
    if mode == TlsMode::Disable && (roots.is_some() || client_cert.is_some()) {
        return Err(bad(
            url,
            "sslmode=disable contradicts sslrootcert/sslcert".into(),
        ));
    }
    let mut spelled = format!("sslmode={}", q("sslmode").unwrap_or("prefer"));
    if let Some(r) = q("sslrootcert") {
        spelled.push_str(&format!(" sslrootcert={r}"));
    }
    Ok(TlsRequest {
        mode,
        explicit,
        roots,
        client_cert,
        client_key,
        spelled,
    })
}

/// PyMySQL's and mysqlclient's `ssl*` parameters, folded into one mode.
pub(crate) fn mysql_tls(url: &DbUrl) -> Result<TlsRequest, Error> {
    let q = |k: &str| url.query_value(k);
    let ca = q("ssl_ca").map(|v| file(url, "ssl_ca", v)).transpose()?;
    let cert = q("ssl_cert")
        .map(|v| file(url, "ssl_cert", v))
        .transpose()?;
    let key = q("ssl_key").map(|v| file(url, "ssl_key", v)).transpose()?;
    if cert.is_some() != key.is_some() {
        return Err(bad(url, "ssl_cert and ssl_key go together".into()));
    }
    let ssl = q("ssl").map(|v| flag(url, "ssl", v)).transpose()?;
    let verify_cert = q("ssl_verify_cert")
        .map(|v| flag(url, "ssl_verify_cert", v))
        .transpose()?;
    let verify_identity = q("ssl_verify_identity")
        .map(|v| flag(url, "ssl_verify_identity", v))
        .transpose()?;
    let check_hostname = q("ssl_check_hostname")
        .map(|v| flag(url, "ssl_check_hostname", v))
        .transpose()?;
    let spelled: Vec<String> = url
        .query
        .iter()
        .filter(|(k, _)| k.starts_with("ssl"))
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let spelled = spelled.join("&");
    let any_ssl = !spelled.is_empty();
    // What the PyMySQL-style flags say on their own.
    let implied = if ssl == Some(false) {
        if ca.is_some()
            || cert.is_some()
            || verify_cert == Some(true)
            || verify_identity == Some(true)
        {
            return Err(bad(
                url,
                "ssl=false contradicts the other ssl_ parameters".into(),
            ));
        }
        Some(TlsMode::Disable)
    } else if verify_identity == Some(true) {
        Some(TlsMode::VerifyFull)
    } else if verify_cert == Some(true) {
        Some(TlsMode::VerifyCa)
    } else if ca.is_some() && verify_cert != Some(false) {
        // PyMySQL: a CA file means verify the chain and, unless told otherwise, the name.
        Some(
            if check_hostname == Some(false) || verify_identity == Some(false) {
                TlsMode::VerifyCa
            } else {
                TlsMode::VerifyFull
            },
        )
    } else if ssl == Some(true) || ca.is_some() || cert.is_some() {
        Some(TlsMode::Require)
    } else {
        None
    };
    let mode = match q("ssl_mode") {
        None => implied.unwrap_or(TlsMode::Disable),
        Some(v) => {
            let m = match v.to_ascii_uppercase().as_str() {
                "DISABLED" => TlsMode::Disable,
                "PREFERRED" => TlsMode::Prefer,
                "REQUIRED" => TlsMode::Require,
                "VERIFY_CA" => TlsMode::VerifyCa,
                "VERIFY_IDENTITY" => TlsMode::VerifyFull,
                _ => {
                    return Err(bad(
                        url,
                        format!("ssl_mode={v:?} is not one of DISABLED, PREFERRED, REQUIRED, VERIFY_CA, VERIFY_IDENTITY"),
                    ))
                }
            };
            // The other flags may repeat the mode or ask for less, never contradict it.
            let contradicts = match m {
                TlsMode::Disable => {
                    ssl == Some(true)
                        || ca.is_some()
                        || cert.is_some()
                        || verify_cert == Some(true)
                        || verify_identity == Some(true)
                }
                TlsMode::Prefer | TlsMode::Require => {
                    verify_cert == Some(true) || verify_identity == Some(true)
                }
                TlsMode::VerifyCa => {
                    verify_identity == Some(true)
                        || verify_cert == Some(false)
                        || ssl == Some(false)
                }
                _ => {
                    verify_cert == Some(false)
                        || verify_identity == Some(false)
                        || check_hostname == Some(false)
                        || ssl == Some(false)
                }
            };
            if contradicts {
                return Err(bad(
                    url,
                    format!("ssl_mode={v} contradicts the other ssl_ parameters"),
                ));
            }
            m
        }
    };
    Ok(TlsRequest {
        mode,
        explicit: any_ssl,
        roots: if mode >= TlsMode::VerifyCa || ca.is_some() {
            Some(ca.map(Roots::File).unwrap_or(Roots::System))
        } else {
            None
        },
        client_cert: cert,
        client_key: key,
        spelled: if any_ssl {
            spelled
        } else {
            "ssl_mode=DISABLED".into()
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::options::tests::{mode, opts};

    #[test]
    fn postgres_modes_are_libpq_modes() {
        assert_eq!(mode("postgresql://u@h/db"), TlsMode::Prefer);
        for (m, want) in [
            ("disable", TlsMode::Disable),
            ("allow", TlsMode::Allow),
            ("prefer", TlsMode::Prefer),
            ("require", TlsMode::Require),
            ("verify-ca", TlsMode::VerifyCa),
            ("verify-full", TlsMode::VerifyFull),
        ] {
            assert_eq!(mode(&format!("postgresql://u@h/db?sslmode={m}")), want);
        }
        let o = opts("postgresql://u@h/db?sslmode=verify-full&sslrootcert=system").unwrap();
        assert_eq!(o.tls.roots, Some(Roots::System));
        let err = opts("postgresql://u@h/db?sslmode=on").unwrap_err();
        assert!(err.contains("sslmode=\"on\""), "{err}");
    }

    #[test]
    fn mysql_flags_fold_into_one_mode() {
        for (q, want) in [
            ("", TlsMode::Disable),
            ("?ssl=true", TlsMode::Require),
            ("?ssl=false", TlsMode::Disable),
            ("?ssl_mode=preferred", TlsMode::Prefer),
            ("?ssl_ca=/ca.pem", TlsMode::VerifyFull),
            (
                "?ssl_ca=/ca.pem&ssl_check_hostname=false",
                TlsMode::VerifyCa,
            ),
            ("?ssl_ca=/ca.pem&ssl_verify_cert=false", TlsMode::Require),
            ("?ssl=true&ssl_verify_cert=true", TlsMode::VerifyCa),
            ("?ssl=true&ssl_verify_identity=true", TlsMode::VerifyFull),
            ("?ssl_mode=VERIFY_CA&ssl_ca=/ca.pem", TlsMode::VerifyCa),
            (
                "?ssl=true&ssl_mode=REQUIRED&ssl_ca=/ca.pem",
                TlsMode::Require,
            ),
            ("?ssl_cert=/c.pem&ssl_key=/k.pem", TlsMode::Require),
        ] {
            assert_eq!(mode(&format!("mysql://u@h/db{q}")), want, "{q}");
        }
        for q in [
            "?ssl=false&ssl_ca=/ca.pem",
            "?ssl_mode=DISABLED&ssl=true",
            "?ssl_mode=REQUIRED&ssl_verify_identity=true",
            "?ssl_mode=sometimes",
            "?ssl_cert=/c.pem",
            "?ssl=maybe",
            "?ssl=true&unix_socket=/run/mysqld/mysqld.sock",
        ] {
            assert!(opts(&format!("mysql://u@h/db{q}")).is_err(), "{q}");
        }
    }
}
