package org.cocrea.cocreation.entity;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the idea and comment indexes: {@link #TEXT} for search (words lower-cased,
 * accents folded, English stems, so "testing" finds "tested"), {@link #PLAIN} without stemming for
 * title similarity while someone types.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String TEXT = "cocrea_text";
    public static final String PLAIN = "cocrea_plain";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
        context.analyzer(PLAIN)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
