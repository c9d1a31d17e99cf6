/** Token sequences: text tokenizer, n-gram embeddings, and the sequence factories. */
package org.tripartite.engine.tokens;
