/** Writing files whole or not at all, for every output of the library and its tools. */
package org.plasticitylab.files;
