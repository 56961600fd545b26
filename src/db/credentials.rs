//! Passwords from where operators keep them, in the order each client documents.
//!
//! PostgreSQL (libpq): the URL (or `--password-file`), then `PGPASSWORD`, then the
//! password file (`passfile=` in the URL, else `PGPASSFILE`, else `~/.pgpass`; its
//! first matching line wins, and a file others may read is skipped with a warning, as
//! libpq does). MySQL: the URL (or `--password-file`), then the `[client]` section of
//! the option file (`read_default_file=` in the URL, else `~/.my.cnf`; a
//! world-writable one is skipped with a warning, as the mysql client does), then
//! `MYSQL_PWD`. The option file may also give the user and the socket.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The process environment, or a made-up one for tests.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub vars: HashMap<String, String>,
    pub home: Option<PathBuf>,
}

impl Env {
    pub fn process() -> Env {
        let vars: HashMap<String, String> = std::env::vars().collect();
        let home = vars
            .get("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        Env { vars, home }
    }

    pub fn var(&self, k: &str) -> Option<&str> {
        self.vars
            .get(k)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// `~/name`, when there is a home.
    pub fn in_home(&self, name: &str) -> Option<PathBuf> {
        self.home.as_ref().map(|h| h.join(name))
    }
}

/// Where a password came from, for `-v` ("password from ~/.pgpass").
pub fn show_path(p: &Path, env: &Env) -> String {
    match env.home.as_ref().and_then(|h| p.strip_prefix(h).ok()) {
        Some(rest) => format!("~/{}", rest.display()),
        None => p.display().to_string(),
    }
}

fn others_may(p: &Path, mask: u32) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(p)
            .map(|m| m.permissions().mode() & mask != 0)
            .unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        let _ = (p, mask);
        false
    }
}

/// The first line of a `.pgpass` file matching host, port, database and user.
pub fn pgpass_lookup(
    text: &str,
    host: &str,
    port: u16,
    database: &str,
    user: &str,
) -> Option<(usize, String)> {
    let port = port.to_string();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields = split_pgpass(line);
        if fields.len() < 5 {
            continue;
        }
        let want = [host, port.as_str(), database, user];
        if fields[..4]
            .iter()
            .zip(want)
            .all(|(f, w)| f == "*" || f == w)
        {
            return Some((n + 1, fields[4..].join(":")));
        }
    }
    None
}

/// Splits on unescaped `:`, undoing `\:` and `\\`.
fn split_pgpass(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.extend(chars.next()),
            ':' => out.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    out.push(field);
    out
}

/// The password file libpq would read, and the password it gives, if any.
pub fn from_pgpass(
    explicit: Option<&Path>,
    env: &Env,
    host: &str,
    port: u16,
    database: &str,
    user: &str,
) -> Option<(String, String)> {
    let file = explicit
        .map(Path::to_path_buf)
        .or_else(|| env.var("PGPASSFILE").map(PathBuf::from))
        .or_else(|| env.in_home(".pgpass"))?;
    let text = std::fs::read_to_string(&file).ok()?;
    if others_may(&file, 0o077) {
        crate::err_line!(
            "warning: password file {} has group or world access; permissions should be u=rw (0600) or less (ignored, as libpq does)",
            file.display()
        );
        return None;
    }
    pgpass_lookup(&text, host, port, database, user)
        .map(|(line, pw)| (pw, format!("{} line {line}", show_path(&file, env))))
}

/// The `[client]` settings of a MySQL option file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ClientSection {
    pub user: Option<String>,
    pub password: Option<String>,
    pub socket: Option<String>,
}

/// Reads the `[client]` (and `[client-server]`, `[client-mariadb]`) groups of a MySQL
/// option file; later lines win, as in the client.
pub fn parse_my_cnf(text: &str) -> ClientSection {
    let mut out = ClientSection::default();
    let mut on = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty()
            || line.starts_with('#')
            || line.starts_with(';')
            || line.starts_with('!')
        {
            continue;
        }
        if let Some(g) = line.strip_prefix('[') {
            let g = g.trim_end_matches(']').trim().to_ascii_lowercase();
            on = matches!(g.as_str(), "client" | "client-server" | "client-mariadb");
            continue;
        }
        if !on {
            continue;
        }
        let (k, v) = line.split_once('=').unwrap_or((line, ""));
        let k = k.trim().replace('_', "-").to_ascii_lowercase();
        let v = option_value(v.trim());
        match k.as_str() {
            "user" => out.user = Some(v),
            "password" | "pass" => out.password = Some(v),
            "socket" => out.socket = Some(v),
            _ => {}
        }
    }
    out
}

/// An option value: quotes removed, or an unquoted value cut at ` #`; the escapes
/// `\b \t \n \r \\ \s` undone.
fn option_value(v: &str) -> String {
    let quoted = ['"', '\''].iter().find_map(|q| {
        v.strip_prefix(*q)
            .and_then(|r| r.rfind(*q).map(|end| r[..end].to_string()))
    });
    let raw = quoted.unwrap_or_else(|| match v.find(" #").or(v.find("\t#")) {
        Some(i) => v[..i].trim_end().to_string(),
        None => v.to_string(),
    });
    let mut out = String::new();
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push('\u{8}'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('s') => out.push(' '),
            Some(o) => out.push(o),
            None => out.push('\\'),
        }
    }
    out
}

/// The option file's `[client]` section and how to name the file, if it is there.
pub fn my_cnf(explicit: Option<&Path>, env: &Env) -> Option<(ClientSection, String)> {
    let file = explicit
        .map(Path::to_path_buf)
        .or_else(|| env.in_home(".my.cnf"))?;
    let text = std::fs::read_to_string(&file).ok()?;
    if others_may(&file, 0o002) {
        crate::err_line!(
            "warning: world-writable option file {} is ignored, as the mysql client does",
            file.display()
        );
        return None;
    }
    Some((parse_my_cnf(&text), show_path(&file, env)))
}

/// Reads a password file (`--password-file`, the Kubernetes secret convention): the
/// whole file, less one trailing newline.
pub fn read_password_file(p: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(p)
        .map_err(|e| format!("cannot read password file {}: {e}", p.display()))?;
    let pw = text
        .strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(&text);
    if pw.is_empty() {
        return Err(format!("password file {} is empty", p.display()));
    }
    if pw.contains('\0') {
        return Err(format!("password file {} holds a NUL byte", p.display()));
    }
    Ok(pw.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_matches_like_libpq() {
        let text = "# comment\n\
                    db.example.org:5432:asterisk:ast:first\n\
                    *:*:*:ast:wild\\:card\n\
                    localhost:5432:*:*:local\n";
        assert_eq!(
            pgpass_lookup(text, "db.example.org", 5432, "asterisk", "ast"),
            Some((2, "first".into()))
        );
        assert_eq!(
            pgpass_lookup(text, "db.example.org", 5433, "asterisk", "ast"),
            Some((3, "wild:card".into()))
        );
        assert_eq!(
            pgpass_lookup(text, "localhost", 5432, "x", "postgres"),
            Some((4, "local".into()))
        );
        assert_eq!(pgpass_lookup(text, "other", 5432, "x", "postgres"), None);
    }

    #[test]
    fn my_cnf_client_section() {
        let text = "[mysqld]\npassword=server\n[client]\nuser = ast\npassword = \"p#ss word\"\nsocket=/run/x.sock # here\n[mysql]\npassword=not-this\n";
        let c = parse_my_cnf(text);
        assert_eq!(c.user.as_deref(), Some("ast"));
        assert_eq!(c.password.as_deref(), Some("p#ss word"));
        assert_eq!(c.socket.as_deref(), Some("/run/x.sock"));
        assert_eq!(
            parse_my_cnf("[client]\npassword=a\\sb\n")
                .password
                .as_deref(),
            Some("a b")
        );
    }

    #[test]
    fn password_files_lose_one_trailing_newline() {
        let dir = std::env::temp_dir().join(format!("ast-schema-pwfile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("pw");
        for (content, want) in [
            ("s3cret\n", "s3cret"),
            ("s3cret", "s3cret"),
            ("s3cret\r\n", "s3cret"),
            (" sp \n\n", " sp \n"),
        ] {
            std::fs::write(&f, content).unwrap();
            assert_eq!(read_password_file(&f).unwrap(), want, "{content:?}");
        }
        std::fs::write(&f, "\n").unwrap();
        assert!(read_password_file(&f).unwrap_err().contains("is empty"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
