//! Where the database URL and the tree come from.
//!
//! Highest first: `--url`, the `AST_SCHEMA_URL` environment variable, `-c/--config`
//! (an Alembic ini file such as Asterisk's `config.ini`: `sqlalchemy.url` and
//! `script_location` from its `[alembic]` section), and otherwise the embedded default
//! `sqlite:///asterisk.db` in the current directory.

use std::path::Path;

use crate::error::Error;

/// The default database when no URL is given anywhere.
pub const DEFAULT_URL: &str = "sqlite:///asterisk.db";

/// What an Alembic ini file says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IniSettings {
    pub url: Option<String>,
    /// `script_location`'s last path component (`config`, `cdr`, ...).
    pub tree: Option<String>,
}

/// Reads the `[alembic]` section of an ini file.
pub fn read_ini(path: &Path) -> Result<IniSettings, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Config(format!("cannot read config file {}: {e}", path.display())))?;
    let here = path
        .canonicalize()
        .ok()
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_else(|| ".".into());
    parse_ini(&text, &here).map_err(|e| Error::Config(format!("{}: {e}", path.display())))
}

/// Parses ini text the way Python's ConfigParser does for the keys we read:
/// `key = value` or `key: value`, `#`/`;` comment lines, indented continuation lines,
/// `%(here)s` and `%%` interpolation.
pub fn parse_ini(text: &str, here: &str) -> Result<IniSettings, String> {
    let mut section = String::new();
    let mut settings = IniSettings::default();
    let mut last_key: Option<String> = None;
    let mut found_section = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if line.starts_with(char::is_whitespace) && last_key.is_some() && section == "alembic" {
            // continuation of the previous value
            if let Some(k) = &last_key {
                let target = if k == "sqlalchemy.url" {
                    &mut settings.url
                } else {
                    &mut None
                };
                if let Some(v) = target.as_mut() {
                    v.push(' ');
                    v.push_str(trimmed);
                }
            }
            continue;
        }
        if let Some(name) = trimmed.strip_prefix('[') {
            section = name.trim_end_matches(']').trim().to_string();
            found_section |= section == "alembic";
            last_key = None;
            continue;
        }
        let Some(i) = trimmed.find(['=', ':']) else {
            return Err(format!("cannot parse line {trimmed:?}"));
        };
        let key = trimmed[..i].trim().to_ascii_lowercase();
        let value = interpolate(trimmed[i + 1..].trim(), here)?;
        if section == "alembic" {
            match key.as_str() {
                "sqlalchemy.url" => settings.url = Some(value),
                "script_location" => {
                    let tree = value
                        .trim_end_matches('/')
                        .rsplit(['/', '\\'])
                        .next()
                        .unwrap_or("")
                        .to_string();
                    settings.tree = Some(tree);
                }
                _ => {}
            }
        }
        last_key = Some(key);
    }
    if !found_section {
        return Err("no [alembic] section".into());
    }
    Ok(settings)
}

fn interpolate(v: &str, here: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = v;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("%%") {
            out.push('%');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("%(here)s") {
            out.push_str(here);
            rest = t;
        } else {
            // The value may be a URL with a password: never print that.
            return Err(format!(
                "unsupported interpolation in {:?} (write a literal % as %%)",
                crate::db::url::redact(v)
            ));
        }
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_url_and_tree_from_asterisk_style_ini() {
        let ini = "# c\n[alembic]\nscript_location = config\n#sqlalchemy.url = driver://x\nsqlalchemy.url = mysql://user:p%%40ss@localhost/asterisk\n\n[loggers]\nkeys = root\n";
        let s = parse_ini(ini, "/x").unwrap();
        assert_eq!(
            s.url.as_deref(),
            Some("mysql://user:p%40ss@localhost/asterisk")
        );
        assert_eq!(s.tree.as_deref(), Some("config"));
    }

    #[test]
    fn here_is_interpolated_and_paths_give_the_tree() {
        let s = parse_ini("[alembic]\nscript_location = /opt/ast-db-manage/cdr/\nsqlalchemy.url = sqlite:///%(here)s/a.db\n", "/etc/x")
            .unwrap();
        assert_eq!(s.url.as_deref(), Some("sqlite:////etc/x/a.db"));
        assert_eq!(s.tree.as_deref(), Some("cdr"));
    }

    #[test]
    fn missing_section_is_an_error() {
        assert!(parse_ini("[other]\na=b\n", ".")
            .unwrap_err()
            .contains("[alembic]"));
    }
}
