//! Plan formats: Markdown in and out, the canonical JSON file, mojibake repair and share links.

pub mod file;
pub mod ics;
pub mod json;
mod json_header;
mod json_path;
pub mod markdown_in;
pub mod markdown_out;
pub mod mojibake;
pub mod prose;
pub mod report;
pub mod share;
pub mod understood;
