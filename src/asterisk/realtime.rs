//! Asterisk's side of realtime: which configuration reads which table.
//!
//! One table, [`FAMILIES`], maps each table of the trees to the realtime family
//! `extconfig.conf` declares for it and, for sorcery-based modules (PJSIP,
//! STIR/SHAKEN), the module section and object type `sorcery.conf` maps onto it.
//! `asterisk_config` turns the tables a database has into ready-to-paste stanzas.

use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;

/// How Asterisk reaches one table.
#[derive(Debug, Clone, Copy)]
pub struct Family {
    pub table: &'static str,
    /// extconfig.conf families reading this table (`sipusers` and `sippeers` both
    /// read `sippeers`).
    pub extconfig: &'static [&'static str],
    /// `(module section, object type)` in sorcery.conf, for sorcery objects.
    pub sorcery: Option<(&'static str, &'static str)>,
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
    fam(
        "ps_transports",
        &["ps_transports"],
        Some(("res_pjsip", "transport")),
    ),
    fam("ps_systems", &["ps_systems"], Some(("res_pjsip", "system"))),
    fam("ps_globals", &["ps_globals"], Some(("res_pjsip", "global"))),
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

/// The stanzas for the tables present (`tables`), each preceded by the file it
/// belongs in. The password is never printed: the res_odbc stanza leaves it for
/// the reader to fill in.
pub fn asterisk_config(tables: &[String], url: &DbUrl, odbc_name: &str) -> String {
    let present: Vec<&Family> = FAMILIES
        .iter()
        .filter(|f| tables.iter().any(|t| t == f.table))
        .collect();
    let mut out = String::new();
    let driver = match url.dialect {
        Dialect::Mysql => "MariaDB Unicode",
        Dialect::Postgresql => "PostgreSQL Unicode",
        Dialect::Sqlite => "SQLite3",
    };
    out.push_str("; ---- /etc/odbc.ini (unixODBC data source) ----\n");
    out.push_str(&format!("[{odbc_name}]\nDriver = {driver}\n"));
    match url.dialect {
        Dialect::Sqlite => out.push_str(&format!(
            "Database = {}\n",
            url.database.as_deref().unwrap_or("")
        )),
        d => {
            if let Some(sock) = url.socket() {
                out.push_str(&format!("Socket = {sock}\n"));
            } else {
                out.push_str(&format!(
                    "Server = {}\n",
                    url.host.as_deref().unwrap_or("localhost")
                ));
                out.push_str(&format!(
                    "Port = {}\n",
                    url.port
                        .unwrap_or(if d == Dialect::Mysql { 3306 } else { 5432 })
                ));
            }
            out.push_str(&format!(
                "Database = {}\n",
                url.database.as_deref().unwrap_or("")
            ));
        }
    }
    out.push_str("\n; ---- /etc/asterisk/res_odbc.conf ----\n");
    out.push_str(&format!(
        "[{odbc_name}]\nenabled => yes\ndsn => {odbc_name}\n"
    ));
    if url.dialect != Dialect::Sqlite {
        out.push_str(&format!(
            "username => {}\n",
            url.user.as_deref().unwrap_or("asterisk")
        ));
        out.push_str("password => <the database password>\n");
    }
    out.push_str("pre-connect => yes\n");
    out.push_str("\n; ---- /etc/asterisk/extconfig.conf ----\n[settings]\n");
    for f in &present {
        for family in f.extconfig {
            if *family == f.table {
                out.push_str(&format!("{family} => odbc,{odbc_name}\n"));
            } else {
                out.push_str(&format!("{family} => odbc,{odbc_name},{}\n", f.table));
            }
        }
    }
    out.push_str("\n; ---- /etc/asterisk/sorcery.conf ----\n");
    let mut modules: Vec<&str> = Vec::new();
    for f in &present {
        if let Some((m, _)) = f.sorcery {
            if !modules.contains(&m) {
                modules.push(m);
            }
        }
    }
    for (i, m) in modules.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("[{m}]\n"));
        for f in present
            .iter()
            .filter(|f| f.sorcery.is_some_and(|(mm, _)| mm == *m))
        {
            let (_, kind) = f.sorcery.unwrap_or_default();
            out.push_str(&format!("{kind}=realtime,{}\n", f.table));
        }
    }
    out.push_str("\n; ---- /etc/asterisk/modules.conf ----\n[modules]\npreload => res_odbc.so\npreload => res_config_odbc.so\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_mapped_once() {
        let mut seen = std::collections::HashSet::new();
        for f in FAMILIES {
            assert!(seen.insert(f.table), "{} twice", f.table);
            assert!(!f.extconfig.is_empty());
        }
    }

    #[test]
    fn only_present_tables_are_configured() {
        let url = DbUrl::parse("mysql://asterisk:pw@db:3306/asterisk").unwrap();
        let tables = vec![
            "ps_endpoints".to_string(),
            "ps_endpoint_id_ips".to_string(),
            "sippeers".to_string(),
        ];
        let out = asterisk_config(&tables, &url, "astdb");
        assert!(out.contains("ps_endpoints => odbc,astdb\n"));
        assert!(out.contains("sipusers => odbc,astdb,sippeers\n"));
        assert!(!out.contains("ps_aors"));
        assert!(out.contains("[res_pjsip]\nendpoint=realtime,ps_endpoints\n"));
        assert!(out.contains(
            "[res_pjsip_endpoint_identifier_ip]\nidentify=realtime,ps_endpoint_id_ips\n"
        ));
        assert!(!out.contains(":pw") && !out.contains("password => pw"));
    }
}
