//! Tests of the access module as a whole.
