//! The database families a migration can target.
//!
//! Migration files name them (`dialects = ["mysql"]`), the schema model folds per
//! family, and everything above picks a renderer and a driver by it. What each
//! family's SQL looks like lives in the `dialect` layer; this is only the name.

use serde::Deserialize;
use std::fmt;
use std::str::FromStr;

/// A database family ast-schema can render SQL for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    Mysql,
    Postgresql,
    Sqlite,
}

impl Dialect {
    pub const ALL: [Dialect; 3] = [Dialect::Mysql, Dialect::Postgresql, Dialect::Sqlite];

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Mysql => "mysql",
            Dialect::Postgresql => "postgresql",
            Dialect::Sqlite => "sqlite",
        }
    }

    /// The other names a user may give it (`mariadb`, `postgres`, `pg`).
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Dialect::Mysql => &["mariadb"],
            Dialect::Postgresql => &["postgres", "pg"],
            Dialect::Sqlite => &[],
        }
    }

    /// Whether DDL can run inside a transaction that is rolled back as a whole.
    pub fn transactional_ddl(self) -> bool {
        !matches!(self, Dialect::Mysql)
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Dialect {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Dialect::ALL
            .into_iter()
            .find(|d| d.name() == s || d.aliases().contains(&s))
            .ok_or_else(|| format!("unknown dialect {s:?} (expected mysql, postgresql or sqlite)"))
    }
}
