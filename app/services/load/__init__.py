"""Load management (issue #14): the site's circuits never overloaded, power shared by the operator's rules."""
