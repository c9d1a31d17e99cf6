/** Small numerical helpers shared by the engine packages: the seeded generator and exact integrals. */
package org.tripartite.engine.util;
