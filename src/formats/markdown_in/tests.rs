//! Tests of the Markdown importer.
