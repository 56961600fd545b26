//! A SIP user agent just big enough to register: REGISTER over UDP on 127.0.0.1,
//! answering a 401 challenge with an MD5 digest (RFC 2617, qop=auth when offered),
//! and un-REGISTER (`Expires: 0`). Enough to make Asterisk write and delete a
//! `ps_contacts` row.
#![allow(dead_code)]

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

use md5::{Digest, Md5};

pub struct SipClient {
    sock: UdpSocket,
    server: SocketAddr,
    pub user: String,
    pub password: String,
    call_id: String,
    tag: String,
    cseq: u32,
    /// The last response's status line and headers, for messages.
    pub last: String,
}

/// One SIP response: status code and the raw text.
#[derive(Debug, Clone)]
pub struct Response {
    pub code: u16,
    pub text: String,
}

impl Response {
    /// The value of the first header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<String> {
        self.text.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }
}

fn hex_md5(s: &str) -> String {
    Md5::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn token(n: u32) -> String {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{:x}{:x}{n:x}", t, std::process::id())
}

/// `key="value"` or `key=value` from a Digest challenge.
fn param(challenge: &str, key: &str) -> Option<String> {
    let rest = challenge.trim_start_matches("Digest").trim();
    let mut s = rest;
    while !s.is_empty() {
        let (k, after) = s.split_once('=')?;
        let k = k.trim().trim_start_matches(',').trim();
        let after = after.trim_start();
        let (v, next) = if let Some(q) = after.strip_prefix('"') {
            let end = q.find('"')?;
            (&q[..end], &q[end + 1..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim(), &after[end..])
        };
        if k.eq_ignore_ascii_case(key) {
            return Some(v.to_string());
        }
        s = next.trim_start().trim_start_matches(',').trim_start();
    }
    None
}

impl SipClient {
    pub fn new(server_port: u16, user: &str, password: &str) -> SipClient {
        let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
        sock.set_read_timeout(Some(Duration::from_millis(500)))
            .unwrap();
        SipClient {
            sock,
            server: SocketAddr::from(([127, 0, 0, 1], server_port)),
            user: user.into(),
            password: password.into(),
            call_id: format!("{}@127.0.0.1", token(1)),
            tag: token(2),
            cseq: 0,
            last: String::new(),
        }
    }

    /// Points the client at another server port (the same phone, another Asterisk).
    pub fn set_server_port(&mut self, port: u16) {
        self.server.set_port(port);
    }

    pub fn local_port(&self) -> u16 {
        self.sock.local_addr().unwrap().port()
    }

    /// The contact URI this client registers.
    pub fn contact(&self) -> String {
        format!("sip:{}@127.0.0.1:{}", self.user, self.local_port())
    }

    fn request(&mut self, expires: u32, auth: Option<&str>) -> String {
        self.cseq += 1;
        let port = self.local_port();
        let mut r = format!(
            "REGISTER sip:127.0.0.1:{sp} SIP/2.0\r\n\
             Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK{branch};rport\r\n\
             Max-Forwards: 70\r\n\
             From: <sip:{u}@127.0.0.1>;tag={tag}\r\n\
             To: <sip:{u}@127.0.0.1>\r\n\
             Call-ID: {cid}\r\n\
             CSeq: {cseq} REGISTER\r\n\
             Contact: <{contact}>\r\n\
             Expires: {expires}\r\n\
             User-Agent: ast-schema-e2e\r\n",
            sp = self.server.port(),
            branch = token(self.cseq + 10),
            u = self.user,
            tag = self.tag,
            cid = self.call_id,
            cseq = self.cseq,
            contact = self.contact(),
        );
        if let Some(a) = auth {
            r.push_str(&format!("Authorization: {a}\r\n"));
        }
        r.push_str("Content-Length: 0\r\n\r\n");
        r
    }

    /// Sends `req` and waits for a final response to it (retransmitting every
    /// half second, as UDP wants), for at most `limit`.
    fn transact(&mut self, req: &str, limit: Duration) -> Result<Response, String> {
        let start = Instant::now();
        let cseq_line = format!("{} REGISTER", self.cseq);
        let mut buf = vec![0u8; 65536];
        let mut last_send = None::<Instant>;
        while start.elapsed() < limit {
            if last_send.is_none_or(|t: Instant| t.elapsed() >= Duration::from_millis(500)) {
                self.sock
                    .send_to(req.as_bytes(), self.server)
                    .map_err(|e| e.to_string())?;
                last_send = Some(Instant::now());
            }
            let n = match self.sock.recv_from(&mut buf) {
                Ok((n, _)) => n,
                Err(_) => continue,
            };
            let text = String::from_utf8_lossy(&buf[..n]).into_owned();
            let Some(code) = text
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("SIP/2.0 "))
                .and_then(|l| l.get(..3))
                .and_then(|c| c.parse::<u16>().ok())
            else {
                continue;
            };
            let resp = Response { code, text };
            if resp.header("CSeq").is_none_or(|c| !c.contains(&cseq_line)) {
                continue;
            }
            if code < 200 {
                // Provisional: keep waiting, without resending.
                last_send = Some(Instant::now() + Duration::from_secs(2));
                continue;
            }
            self.last = resp.text.clone();
            return Ok(resp);
        }
        Err(format!(
            "no final response to REGISTER (cseq {}) from {} within {limit:?}",
            self.cseq, self.server
        ))
    }

    /// REGISTER with `Expires: expires` (0 removes the binding), answering one
    /// digest challenge. Returns the final response.
    pub fn register(&mut self, expires: u32) -> Result<Response, String> {
        self.register_within(expires, Duration::from_secs(8))
    }

    /// [`SipClient::register`], waiting at most `limit` for each response.
    pub fn register_within(&mut self, expires: u32, limit: Duration) -> Result<Response, String> {
        let req = self.request(expires, None);
        let resp = self.transact(&req, limit)?;
        if resp.code != 401 && resp.code != 407 {
            return Ok(resp);
        }
        let header = if resp.code == 401 {
            "WWW-Authenticate"
        } else {
            "Proxy-Authenticate"
        };
        // Asterisk may offer several challenges (one per algorithm): take MD5's.
        let challenge = resp
            .text
            .lines()
            .filter_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case(header)
                    .then(|| v.trim().to_string())
            })
            .find(|c| param(c, "algorithm").is_none_or(|a| a.eq_ignore_ascii_case("MD5")))
            .ok_or_else(|| format!("no MD5 digest challenge in:\n{}", resp.text))?;
        let realm = param(&challenge, "realm").unwrap_or_default();
        let nonce = param(&challenge, "nonce").unwrap_or_default();
        let opaque = param(&challenge, "opaque");
        let qop = param(&challenge, "qop");
        let uri = format!("sip:127.0.0.1:{}", self.server.port());
        let ha1 = hex_md5(&format!("{}:{realm}:{}", self.user, self.password));
        let ha2 = hex_md5(&format!("REGISTER:{uri}"));
        let cnonce = token(7);
        let nc = "00000001";
        let mut auth = format!(
            "Digest username=\"{}\", realm=\"{realm}\", nonce=\"{nonce}\", uri=\"{uri}\", algorithm=MD5",
            self.user
        );
        let response = if qop
            .as_deref()
            .is_some_and(|q| q.split(',').any(|x| x.trim() == "auth"))
        {
            auth.push_str(&format!(", qop=auth, nc={nc}, cnonce=\"{cnonce}\""));
            hex_md5(&format!("{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}"))
        } else {
            hex_md5(&format!("{ha1}:{nonce}:{ha2}"))
        };
        auth.push_str(&format!(", response=\"{response}\""));
        if let Some(o) = opaque {
            auth.push_str(&format!(", opaque=\"{o}\""));
        }
        let req = self.request(expires, Some(&auth));
        self.transact(&req, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenge_parameters_are_read_quoted_or_not() {
        let c = r#"Digest realm="asterisk",nonce="17:ab,c",opaque="x", algorithm=MD5, qop="auth""#;
        assert_eq!(param(c, "realm").as_deref(), Some("asterisk"));
        assert_eq!(param(c, "nonce").as_deref(), Some("17:ab,c"));
        assert_eq!(param(c, "algorithm").as_deref(), Some("MD5"));
        assert_eq!(param(c, "qop").as_deref(), Some("auth"));
        assert_eq!(param(c, "stale"), None);
        // RFC 2617's example.
        let ha1 = hex_md5("Mufasa:testrealm@host.com:Circle Of Life");
        let ha2 = hex_md5("GET:/dir/index.html");
        assert_eq!(
            hex_md5(&format!(
                "{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:{ha2}"
            )),
            "6629fae49393a05397450978507c4ef1"
        );
    }
}
