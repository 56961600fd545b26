//! Asterisk's side of realtime: which configuration reads which table.
//!
//! One table, [`FAMILIES`], maps each table of the trees to the realtime family
//! `extconfig.conf` declares for it and, for sorcery-based modules (PJSIP,
//! STIR/SHAKEN), the module section and object type `sorcery.conf` maps onto it.
//! [`asterisk_config`] turns the tables a database has into whole configuration
//! files that Asterisk reads as they are (the end-to-end tests start a real
//! Asterisk on them): the unixODBC data source, res_odbc.conf, extconfig.conf,
//! sorcery.conf, modules.conf, and voicemail.conf / cdr_adaptive_odbc.conf for the
//! voicemail and cdr trees; or, on request, the res_config_sqlite3 form.

use std::path::Path;

use crate::asterisk::fields::Backend;
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::Error;

/// How Asterisk reaches one table.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    pub table: &'static str,
    /// extconfig.conf families reading this table (`sipusers` and `sippeers` both
    /// read `sippeers`).
    pub extconfig: &'static [&'static str],
    /// `(module section, object type)` in sorcery.conf, for sorcery objects.
    pub sorcery: Option<(&'static str, &'static str)>,
    /// A PJSIP type that, mapped to realtime, hides pjsip.conf's objects of the
    /// type Asterisk needs to run at all (transport, system, global): only with
    /// `--with-core-types`.
    pub core: bool,
}

const fn fam(
    table: &'static str,
    extconfig: &'static [&'static str],
    sorcery: Option<(&'static str, &'static str)>,
) -> Family {
    Family {
        table,
        extconfig,
        sorcery,
        core: false,
    }
}

const fn core(table: &'static str, kind: &'static str) -> Family {
    Family {
        table,
        extconfig: &[],
        sorcery: Some(("res_pjsip", kind)),
        core: true,
    }
}

/// Every table Asterisk reads through realtime, in the order the stanzas list them.
pub const FAMILIES: &[Family] = &[
    fam(
        "ps_endpoints",
        &["ps_endpoints"],
        Some(("res_pjsip", "endpoint")),
    ),
    fam("ps_auths", &["ps_auths"], Some(("res_pjsip", "auth"))),
    fam("ps_aors", &["ps_aors"], Some(("res_pjsip", "aor"))),
    fam(
        "ps_domain_aliases",
        &["ps_domain_aliases"],
        Some(("res_pjsip", "domain_alias")),
    ),
    fam(
        "ps_contacts",
        &["ps_contacts"],
        Some(("res_pjsip", "contact")),
    ),
    core("ps_transports", "transport"),
    core("ps_systems", "system"),
    core("ps_globals", "global"),
    fam(
        "ps_endpoint_id_ips",
        &["ps_endpoint_id_ips"],
        Some(("res_pjsip_endpoint_identifier_ip", "identify")),
    ),
    fam(
        "ps_registrations",
        &["ps_registrations"],
        Some(("res_pjsip_outbound_registration", "registration")),
    ),
    fam(
        "ps_outbound_publishes",
        &["ps_outbound_publishes"],
        Some(("res_pjsip_outbound_publish", "outbound-publish")),
    ),
    fam(
        "ps_inbound_publications",
        &["ps_inbound_publications"],
        Some(("res_pjsip_pubsub", "inbound-publication")),
    ),
    fam(
        "ps_subscription_persistence",
        &["ps_subscription_persistence"],
        Some(("res_pjsip_pubsub", "subscription_persistence")),
    ),
    fam(
        "ps_resource_list",
        &["ps_resource_list"],
        Some(("res_pjsip_pubsub", "resource_list")),
    ),
    fam(
        "ps_asterisk_publications",
        &["ps_asterisk_publications"],
        Some(("res_pjsip_publish_asterisk", "asterisk-publication")),
    ),
    fam("stir_tn", &["stir_tn"], Some(("res_stir_shaken", "tn"))),
    fam("sippeers", &["sippeers", "sipusers"], None),
    fam("iaxfriends", &["iaxpeers", "iaxusers"], None),
    fam("voicemail", &["voicemail"], None),
    fam("meetme", &["meetme"], None),
    fam("musiconhold", &["musiconhold"], None),
    fam("musiconhold_entry", &["musiconhold_entry"], None),
    fam("queues", &["queues"], None),
    fam("queue_members", &["queue_members"], None),
    fam("queue_rules", &["queue_rules"], None),
    fam("extensions", &["extensions"], None),
    fam("queue_log", &["queue_log"], None),
];

/// The voicemail tree's table, read by app_voicemail built with ODBC storage.
pub const VOICEMAIL_MESSAGES: &str = "voicemail_messages";
/// The cdr tree's table, written by cdr_adaptive_odbc.
pub const CDR: &str = "cdr";

/// The res_config_sqlite3 limits, as seen by the end-to-end tests with Asterisk 22.10.1.
pub const SQLITE3_LIMITS: &[&str] = &[
    "`pjsip show endpoints` (and every other listing) shows no realtime object: lookups of many rows hand NULL columns over as empty strings, which PJSIP rejects; single lookups by id (a REGISTER, a call) work",
    "an un-REGISTER (or an expired registration) leaves its ps_contacts row in the table",
    "values are read as stored: no ^XX decoding and no splitting at ';' (`ast-schema lint --backend sqlite3` checks the rows that way)",
    "voicemail ODBC storage and cdr_adaptive_odbc speak only ODBC: the voicemail_messages and cdr tables still need the SQLite ODBC driver",
];

/// What `asterisk-config` prints.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// The res_odbc connection, ODBC data source and res_config_sqlite3 database name.
    pub odbc_name: &'a str,
    pub backend: Backend,
    /// Map transport, system and global to realtime too.
    pub core_types: bool,
    /// Print `<redacted>` instead of the password.
    pub redact: bool,
    /// The Asterisk followed still has chan_sip (before 21): modules.conf keeps it
    /// from loading, since it would take the SIP port res_pjsip listens on.
    pub chan_sip: bool,
}

/// One configuration file: where it goes and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigFile {
    pub path: String,
    pub contents: String,
}

impl ConfigFile {
    /// The file's name without its folder (`res_odbc.conf`).
    pub fn name(&self) -> &str {
        Path::new(&self.path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(&self.path)
    }
}

/// The ODBC driver name a Debian system registers (in /etc/odbcinst.ini) for a
/// dialect, and the package that brings it.
pub fn odbc_driver(d: Dialect) -> (&'static str, &'static str) {
    match d {
        Dialect::Mysql => ("MariaDB Unicode", "odbc-mariadb"),
        Dialect::Postgresql => ("PostgreSQL Unicode", "odbc-postgresql"),
        Dialect::Sqlite => ("SQLite3", "libsqliteodbc"),
    }
}

/// A value for an Asterisk .conf file: `;` starts a comment there unless escaped.
fn conf_value(v: &str) -> String {
    v.replace(';', "\\;")
}

fn sqlite_file(url: &DbUrl) -> Result<String, Error> {
    let p = url.sqlite_path().ok_or_else(|| {
        Error::Config("an in-memory SQLite database cannot be shared with Asterisk".into())
    })?;
    let abs = std::path::absolute(&p)
        .map_err(|e| Error::Io(format!("cannot resolve {}: {e}", p.display())))?;
    Ok(abs.display().to_string())
}

/// The files for the tables present (`tables`), in the order they are printed.
/// Errors when the database has none of the tables Asterisk reads.
pub fn asterisk_config(
    tables: &[String],
    url: &DbUrl,
    opts: &Options,
) -> Result<Vec<ConfigFile>, Error> {
    let has = |t: &str| tables.iter().any(|x| x == t);
    let present: Vec<&Family> = FAMILIES.iter().filter(|f| has(f.table)).collect();
    let hidden: Vec<&Family> = present.iter().copied().filter(|f| f.core).collect();
    let families: Vec<&Family> = present
        .iter()
        .copied()
        .filter(|f| !f.core || opts.core_types)
        .collect();
    let vm = has(VOICEMAIL_MESSAGES);
    let cdr = has(CDR);
    if families.is_empty() && !vm && !cdr {
        return Err(Error::Config(format!(
            "{url} has none of the tables Asterisk reads (ps_endpoints, voicemail_messages, cdr, ...): \
             create them first (`ast-schema --tree all upgrade head`)"
        )));
    }
    if opts.backend == Backend::Sqlite3 && url.dialect != Dialect::Sqlite {
        return Err(Error::Config(format!(
            "--backend sqlite3 is res_config_sqlite3, for SQLite databases; {url} is {}",
            url.dialect
        )));
    }
    let name = opts.odbc_name;
    let realtime_odbc = opts.backend == Backend::Odbc && !families.is_empty();
    let odbc = realtime_odbc || vm || cdr;
    let mut files = Vec::new();

    if odbc {
        let (driver, package) = odbc_driver(url.dialect);
        let mut s = format!(
            "; unixODBC data source. Driver \"{driver}\" is the name Debian's {package} package\n\
             ; registers in /etc/odbcinst.ini (install unixodbc and {package}; `odbcinst -q -d`\n\
             ; lists the driver names of other systems).\n\
             [{name}]\nDescription = Asterisk realtime database\nDriver = {driver}\n"
        );
        match url.dialect {
            Dialect::Sqlite => s.push_str(&format!("Database = {}\n", sqlite_file(url)?)),
            d => {
                let server_key = if d == Dialect::Postgresql {
                    "Servername"
                } else {
                    "Server"
                };
                match url.socket() {
                    Some(sock) if d == Dialect::Mysql => {
                        s.push_str(&format!("Socket = {sock}\n"));
                    }
                    Some(dir) => s.push_str(&format!("{server_key} = {dir}\n")),
                    None => {
                        s.push_str(&format!(
                            "{server_key} = {}\nPort = {}\n",
                            url.host.as_deref().unwrap_or("localhost"),
                            url.port
                                .unwrap_or(if d == Dialect::Mysql { 3306 } else { 5432 })
                        ));
                    }
                }
                s.push_str(&format!(
                    "Database = {}\n",
                    url.database.as_deref().unwrap_or("")
                ));
            }
        }
        files.push(ConfigFile {
            path: "/etc/odbc.ini".into(),
            contents: s,
        });

        let mut s = format!("[{name}]\nenabled => yes\ndsn => {name}\n");
        if url.dialect != Dialect::Sqlite {
            if let Some(u) = &url.user {
                s.push_str(&format!("username => {}\n", conf_value(u)));
            }
            match (&url.password, opts.redact) {
                (Some(_), true) => {
                    s.push_str("password => <redacted>   ; ast-schema asterisk-config --redact\n")
                }
                (Some(p), false) => s.push_str(&format!("password => {}\n", conf_value(p))),
                (None, _) => {}
            }
        }
        s.push_str("pre-connect => yes\n");
        files.push(ConfigFile {
            path: "/etc/asterisk/res_odbc.conf".into(),
            contents: s,
        });
    }

    if opts.backend == Backend::Sqlite3 && !families.is_empty() {
        let mut s = String::from(
            "; res_config_sqlite3 reads the tables directly. Its limits (seen with Asterisk 22.10.1):\n",
        );
        for l in SQLITE3_LIMITS {
            s.push_str(&format!(";  - {l}\n"));
        }
        s.push_str(&format!("[{name}]\ndbfile => {}\n", sqlite_file(url)?));
        files.push(ConfigFile {
            path: "/etc/asterisk/res_config_sqlite3.conf".into(),
            contents: s,
        });
    }

    if !families.is_empty() {
        let mut s = String::from("[settings]\n");
        for f in &families {
            let list: Vec<&str> = if f.core {
                vec![f.table]
            } else {
                f.extconfig.to_vec()
            };
            for family in list {
                s.push_str(&match opts.backend {
                    Backend::Odbc if family == f.table => format!("{family} => odbc,{name}\n"),
                    Backend::Odbc => format!("{family} => odbc,{name},{}\n", f.table),
                    Backend::Sqlite3 => format!("{family} => sqlite3,{name},{}\n", f.table),
                });
            }
        }
        files.push(ConfigFile {
            path: "/etc/asterisk/extconfig.conf".into(),
            contents: s,
        });
    }

    let mut modules: Vec<&str> = Vec::new();
    for f in &families {
        if let Some((m, _)) = f.sorcery {
            if !modules.contains(&m) {
                modules.push(m);
            }
        }
    }
    if !modules.is_empty() {
        let mut s = String::new();
        if !hidden.is_empty() && !opts.core_types {
            s.push_str(
                "; transport, system and global stay in pjsip.conf: a type mapped here hides every\n\
                 ; object of that type in pjsip.conf (with no transport row PJSIP has no transport).\n\
                 ; `ast-schema asterisk-config --with-core-types` maps them too.\n",
            );
        }
        for (i, m) in modules.iter().enumerate() {
            if i > 0 {
                s.push('\n');
            }
            s.push_str(&format!("[{m}]\n"));
            for f in families
                .iter()
                .filter(|f| f.sorcery.is_some_and(|(mm, _)| mm == *m))
            {
                let (_, kind) = f.sorcery.unwrap_or_default();
                s.push_str(&format!("{kind}=realtime,{}\n", f.table));
            }
        }
        files.push(ConfigFile {
            path: "/etc/asterisk/sorcery.conf".into(),
            contents: s,
        });
    }

    if vm {
        files.push(ConfigFile {
            path: "/etc/asterisk/voicemail.conf".into(),
            contents: format!(
                "; app_voicemail built with ODBC storage (app_voicemail_odbc.so) keeps the messages in\n\
                 ; {VOICEMAIL_MESSAGES}; mailboxes come from voicemail.conf or the realtime voicemail family.\n\
                 [general]\nodbcstorage = {name}\nodbctable = {VOICEMAIL_MESSAGES}\n"
            ),
        });
    }
    if families.iter().any(|f| f.table == "queues") {
        files.push(ConfigFile {
            path: "/etc/asterisk/queues.conf".into(),
            contents: "; app_queue loads only with a queues.conf; the queues come from the realtime\n\
                       ; queues and queue_members families (and the events go to queue_log when it is mapped).\n\
                       [general]\n"
                .into(),
        });
    }
    if cdr {
        files.push(ConfigFile {
            path: "/etc/asterisk/cdr_adaptive_odbc.conf".into(),
            contents: if url.dialect == Dialect::Postgresql {
                format!(
                    "; cdr has a column named \"end\", a reserved word in PostgreSQL: cdr_adaptive_odbc\n\
                     ; must quote the column names (without this every CDR insert fails).\n\
                     [{name}]\nconnection = {name}\ntable = {CDR}\nquoted_identifiers = \"\n"
                )
            } else {
                format!("[{name}]\nconnection = {name}\ntable = {CDR}\n")
            },
        });
    }

    let mut s = String::from("[modules]\nautoload = yes\n");
    if opts.chan_sip {
        s.push_str("noload => chan_sip.so\n");
    }
    if odbc {
        s.push_str("preload => res_odbc.so\n");
    }
    if realtime_odbc {
        s.push_str("preload => res_config_odbc.so\n");
    }
    if opts.backend == Backend::Sqlite3 && !families.is_empty() {
        s.push_str("preload => res_config_sqlite3.so\n");
    }
    files.push(ConfigFile {
        path: "/etc/asterisk/modules.conf".into(),
        contents: s,
    });
    Ok(files)
}

/// The printed form: each file preceded by a `; ---- PATH ----` line.
pub fn render(files: &[ConfigFile]) -> String {
    let mut out = String::new();
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("; ---- {} ----\n{}", f.path, f.contents));
    }
    out
}

/// Splits the printed form back into files (what a script does with it).
pub fn parse(text: &str) -> Vec<ConfigFile> {
    let mut files: Vec<ConfigFile> = Vec::new();
    for line in text.split_inclusive('\n') {
        let l = line.trim_end();
        if let Some(path) = l
            .strip_prefix("; ---- ")
            .and_then(|r| r.strip_suffix(" ----"))
        {
            if let Some(last) = files.last_mut() {
                if last.contents.ends_with("\n\n") {
                    last.contents.pop();
                }
            }
            files.push(ConfigFile {
                path: path.to_string(),
                contents: String::new(),
            });
        } else if let Some(f) = files.last_mut() {
            f.contents.push_str(line);
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(backend: Backend) -> Options<'static> {
        Options {
            odbc_name: "astdb",
            backend,
            core_types: false,
            redact: false,
            chan_sip: false,
        }
    }

    fn text(files: &[ConfigFile], name: &str) -> String {
        files
            .iter()
            .find(|f| f.name() == name)
            .map(|f| f.contents.clone())
            .unwrap_or_default()
    }

    #[test]
    fn every_table_is_mapped_once() {
        let mut seen = std::collections::HashSet::new();
        for f in FAMILIES {
            assert!(seen.insert(f.table), "{} twice", f.table);
            assert!(!f.extconfig.is_empty() || f.core);
        }
    }

    #[test]
    fn only_present_tables_are_configured() {
        let url = DbUrl::parse("mysql://asterisk:p;w@db:3306/asterisk").unwrap();
        let tables: Vec<String> = [
            "ps_endpoints",
            "ps_endpoint_id_ips",
            "sippeers",
            "ps_transports",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let files = asterisk_config(&tables, &url, &opts(Backend::Odbc)).unwrap();
        let ext = text(&files, "extconfig.conf");
        assert!(ext.contains("ps_endpoints => odbc,astdb\n"));
        assert!(ext.contains("sipusers => odbc,astdb,sippeers\n"));
        assert!(
            !ext.contains("ps_aors") && !ext.contains("ps_transports"),
            "{ext}"
        );
        let sorcery = text(&files, "sorcery.conf");
        assert!(sorcery.contains("[res_pjsip]\nendpoint=realtime,ps_endpoints\n"));
        assert!(!sorcery.contains("transport=realtime"), "{sorcery}");
        assert!(sorcery.contains("--with-core-types"), "{sorcery}");
        assert!(sorcery.contains(
            "[res_pjsip_endpoint_identifier_ip]\nidentify=realtime,ps_endpoint_id_ips\n"
        ));
        // The password from the URL, escaped for a .conf file; redacted on request.
        assert!(text(&files, "res_odbc.conf").contains("username => asterisk\npassword => p\\;w\n"));
        let red = asterisk_config(
            &tables,
            &url,
            &Options {
                redact: true,
                ..opts(Backend::Odbc)
            },
        )
        .unwrap();
        assert!(!render(&red).contains("p\\;w") && render(&red).contains("<redacted>"));
        let core = asterisk_config(
            &tables,
            &url,
            &Options {
                core_types: true,
                ..opts(Backend::Odbc)
            },
        )
        .unwrap();
        assert!(text(&core, "sorcery.conf").contains("transport=realtime,ps_transports\n"));
        // Following a release that still has chan_sip, it is kept from loading.
        assert!(!text(&files, "modules.conf").contains("chan_sip"));
        let old = asterisk_config(
            &tables,
            &url,
            &Options {
                chan_sip: true,
                ..opts(Backend::Odbc)
            },
        )
        .unwrap();
        assert!(text(&old, "modules.conf").contains("noload => chan_sip.so\n"));
        // The printed form splits back into the same files.
        assert_eq!(parse(&render(&files)), files);
    }

    #[test]
    fn no_password_no_line_and_no_tables_no_config() {
        let url = DbUrl::parse("postgresql://postgres@127.0.0.1/ast").unwrap();
        let files = asterisk_config(&["cdr".to_string()], &url, &opts(Backend::Odbc)).unwrap();
        let all = render(&files);
        assert!(!all.contains("password"), "{all}");
        assert!(
            all.contains("Servername = 127.0.0.1\nPort = 5432\n"),
            "{all}"
        );
        assert!(text(&files, "cdr_adaptive_odbc.conf")
            .contains("table = cdr\nquoted_identifiers = \"\n"));
        assert!(
            !all.contains("sorcery.conf") && !all.contains("res_config_odbc"),
            "{all}"
        );
        assert!(asterisk_config(&[], &url, &opts(Backend::Odbc)).is_err());
        assert!(asterisk_config(&["ps_endpoints".into()], &url, &opts(Backend::Sqlite3)).is_err());
    }

    #[test]
    fn the_sqlite3_form_states_its_limits() {
        let url = DbUrl::parse("sqlite:////var/lib/asterisk/rt.db").unwrap();
        let files =
            asterisk_config(&["ps_endpoints".into()], &url, &opts(Backend::Sqlite3)).unwrap();
        let rc = text(&files, "res_config_sqlite3.conf");
        assert!(
            rc.contains("[astdb]\ndbfile => /var/lib/asterisk/rt.db\n"),
            "{rc}"
        );
        assert!(rc.contains("un-REGISTER"), "{rc}");
        assert!(
            text(&files, "extconfig.conf").contains("ps_endpoints => sqlite3,astdb,ps_endpoints\n")
        );
        assert!(!files.iter().any(|f| f.name() == "odbc.ini"));
    }
}
