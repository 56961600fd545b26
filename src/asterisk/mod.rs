//! The companion for Asterisk itself: the realtime configuration that reads the
//! tables ([`realtime`]), how Asterisk reads each stored value per backend and
//! field ([`fields`]), and a check of the rows Asterisk will read ([`lint`]).
//!
//! May import: `definitions`, `model`, `dialect`, `db`, `engine`, `error`.

pub mod fields;
pub mod lint;
pub mod realtime;
