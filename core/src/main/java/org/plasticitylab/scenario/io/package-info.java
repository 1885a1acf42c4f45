/**
 * Scenario files: YAML or JSON with snake_case keys (docs/scenario-files.md), read with
 * Jackson's streaming parser so that every problem carries its line and column, validated
 * completely before a run, and written back so that a round trip gives an equal scenario.
 */
package org.plasticitylab.scenario.io;
