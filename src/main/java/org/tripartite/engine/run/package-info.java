/** Progress reporting and cancellation of long runs. */
package org.tripartite.engine.run;
