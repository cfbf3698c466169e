#include "help_content.h"

#include "step_page.h"

namespace adaptlab::gui {

namespace {

QString glossaryLink(const QString& anchor, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(HelpContent::url(HelpContent::kGlossary, anchor), text);
}

} // namespace

QString HelpContent::url(const QString& page, const QString& anchor)
{
    return anchor.isEmpty() ? QStringLiteral("adaptlab-help:%1").arg(page)
                            : QStringLiteral("adaptlab-help:%1#%2").arg(page, anchor);
}

QList<HelpEntry> HelpContent::guide()
{
    // The README's tour, for someone who has the app open. Links go to the glossary.
    return {
        {QStringLiteral("project"), tr("Project"),
         tr("<p>A project is one folder that holds everything an adaptation needs: the datasets you "
            "bring in, tokenizers, token shards and every run with its settings, log and results. Create "
            "one with <b>File &gt; New Project…</b> (choose an empty folder) or open one with <b>File &gt; "
            "Open Project…</b>. Moving or copying the folder moves or copies the project.</p>"
            "<p>The <b>Project</b> step shows what the open project holds: its datasets, the runs started "
            "in it and how many of them are running, done, failed or stopped.</p>")},
        {QStringLiteral("data"), tr("Data"),
         tr("<p><b>Import corpus…</b> brings a corpus into the project: one file, several files read as "
            "one dataset (the shards of one corpus), or a folder with a file pattern. Plain text and JSON "
            "Lines are read, also compressed with zstd (.zst) or gzip (.gz). Nothing is copied: the "
            "project remembers where the files are and how to read them.</p>"
            "<p>Before anything is added, the dialog shows the first %1 as they will be read: for JSON "
            "Lines, which field holds the text and which fields are kept as metadata (URL, source, "
            "date, …); for plain text, whether a file, a block or a line is one %2. A quick pre-scan "
            "of the start of each file lists broken records; <b>Scan the whole corpus</b> reads all of "
            "it. An empty or binary file, or one whose records are all broken, cannot be imported, and "
            "the dialog says why.</p>"
            "<p>Importing starts a full scan (counts, %3, duplicates), which you explore in Inspect. "
            "Datasets made in Inspect (filtered, deduplicated, selected) are listed here with the dataset "
            "they came from and their %4. <b>Remove…</b> (or the Delete key) takes a dataset out of the "
            "project after telling you which files go; your own corpus files are never touched.</p>")
             .arg(glossaryLink(QStringLiteral("record"), tr("records")),
                  glossaryLink(QStringLiteral("document"), tr("document")),
                  glossaryLink(QStringLiteral("quality-rule"), tr("quality signals")),
                  glossaryLink(QStringLiteral("provenance"), tr("provenance")))},
        {QStringLiteral("inspect"), tr("Inspect"),
         tr("<p>Look inside a scanned dataset before training on it. The overview shows counts and "
            "histograms of document length and of every quality signal. Each %1 (from %2 and %3) is a "
            "threshold you can switch on or off, type, or drag on its histogram; the documents and words "
            "each rule removes, alone and in sequence, are counted again at once from the %4.</p>"
            "<p>The document browser shows why a document fails a rule; the duplicates tab puts %5 side "
            "by side. The actions write derived datasets as jobs: <b>Filter</b> with the rules as set, "
            "<b>Deduplicate</b> (%6 and near duplicates with %7), and <b>Select</b> the part of a large "
            "pool that looks most like a target dataset (%8).</p>")
             .arg(glossaryLink(QStringLiteral("quality-rule"), tr("quality rule")),
                  glossaryLink(QStringLiteral("gopher"), tr("Gopher")), glossaryLink(QStringLiteral("c4"), tr("C4")),
                  glossaryLink(QStringLiteral("signals-file"), tr("signals file")),
                  glossaryLink(QStringLiteral("near-duplicate"), tr("near duplicates")),
                  glossaryLink(QStringLiteral("exact-duplicate"), tr("exact")),
                  glossaryLink(QStringLiteral("minhash"), tr("MinHash")),
                  glossaryLink(QStringLiteral("dsir"), tr("DSIR")))},
        {QStringLiteral("tokenizer"), tr("Tokenizer"),
         tr("<p>A %1 cuts text into the pieces a model reads. A tokenizer trained on general text "
            "splits domain words (legal, medical, code) into many pieces; its %2 on your data shows "
            "how much.</p>"
            "<p>The Tokenizer panel lists the project's tokenizers. <b>Train…</b> makes a SentencePiece "
            "tokenizer (unigram or BPE) from a sample of your datasets; <b>Import…</b> brings in the one "
            "of the model you adapt, from its folder (<code>tokenizer.model</code> or "
            "<code>tokenizer.json</code>). <b>Vocabulary</b> lists and searches its pieces; "
            "<b>Playground</b> shows how a text is cut, beside a second tokenizer if you like; "
            "<b>Fertility</b> measures tokens per word of one or two tokenizers on your datasets and "
            "lists the words that cost the most tokens, split as the tokenizer splits them (the %3). "
            "<b>Shards</b> tokenizes a dataset once into %4 that training reads; the same dataset "
            "and tokenizer reuse them, a changed one rebuilds them.</p>")
             .arg(glossaryLink(QStringLiteral("tokenizer"), tr("tokenizer")),
                  glossaryLink(QStringLiteral("fertility"), tr("fertility")),
                  glossaryLink(QStringLiteral("vocabulary-gap"), tr("vocabulary gap")),
                  glossaryLink(QStringLiteral("token-shard"), tr("token shards")))},
        {QStringLiteral("mixture"), tr("Mixture"),
         tr("<p>Decides what a run trains on before it starts. The <b>Plan</b> tab lists the project's token "
            "shards (one row per dataset tokenized in the Tokenizer step): tick the sources to train on, give each "
            "a weight, and mark general data as %1 with the share of every batch it takes (about 5% for a weak "
            "shift, 25% for a strong one). Set the budget (total tokens, sequence length, batch, seed), optional "
            "end-of-training %2 of the domain and %3 (metadata conditioning, then a cooldown on plain text).</p>"
            "<p>As you edit, the plan shows what it implies: the tokens and %4 of each source (more than 4 epochs is "
            "marked: repeated data stops helping), where a source runs out and starts repeating, warnings about the "
            "plan, and the mix over training as a picture of each source's share from start to end. Plans are "
            "saved in the project (<code>plans/&lt;name&gt;.json</code>); <b>Train with this plan</b> starts a "
            "training run that reads its data from the plan, followed in the Train step.</p>")
             .arg(glossaryLink(QStringLiteral("replay"), tr("replay")),
                  glossaryLink(QStringLiteral("upsampling"), tr("upsampling")),
                  glossaryLink(QStringLiteral("meco"), tr("MeCo")),
                  glossaryLink(QStringLiteral("epoch"), tr("epochs")))},
        {QStringLiteral("train"), tr("Train"),
         tr("<p>The Train panel runs %1 on domain text and %2 on instruction data. Pick a base model (a "
            "size preset trained from scratch, a checkpoint of an earlier run, or a Hugging Face model "
            "folder, whose size is shown). For continued pre-training tick the datasets to train on with "
            "their weights and how much general data to mix back in (%3). For instruction tuning pick an "
            "instruction dataset (Alpaca, chat messages or ShareGPT) and a %4: the panel shows an example "
            "as the model sees it, with the tokens the loss covers highlighted; %5 trains small adapters "
            "instead of the whole model. Set steps, sequence length, batch and learning rate (presets "
            "fill them); the panel shows the memory and time the run needs before Start. Training runs "
            "as a job that keeps running when the window closes: the Run tab follows it with the "
            "training loss, the held-out loss of each source, the learning rate and the speed, stops it "
            "(it saves a checkpoint first) and resumes it from any checkpoint it kept. A finished run "
            "can be merged (an adapter into its base, or the %6 of an instruction-tuned model added to a "
            "domain model) and exported as a Hugging Face folder or a %7 file. Generate tries a "
            "checkpoint on a prompt. %8 comes later.</p>")
             .arg(glossaryLink(QStringLiteral("cpt"), tr("continued pre-training")),
                  glossaryLink(QStringLiteral("sft"), tr("supervised fine-tuning")),
                  glossaryLink(QStringLiteral("replay"), tr("replay")),
                  glossaryLink(QStringLiteral("chat-template"), tr("chat template")),
                  glossaryLink(QStringLiteral("lora"), tr("LoRA")),
                  glossaryLink(QStringLiteral("instruction-residual"), tr("instruction residual")),
                  glossaryLink(QStringLiteral("gguf"), tr("GGUF")),
                  glossaryLink(QStringLiteral("meco"), tr("Metadata conditioning")))},
        {QStringLiteral("evaluate"), tr("Evaluate"),
         tr("<p>The <b>Playground</b> sends one prompt to two or more models side by side (the base, "
            "a continued pre-training run, an instruction-tuned run, a merge, each with or without a "
            "%1 adapter) and streams their answers token by token with the time each token took; "
            "the %2 can be applied or not. Measuring a checkpoint (held-out loss and %3 per source, "
            "multiple-choice accuracy) comes later.</p>")
             .arg(glossaryLink(QStringLiteral("lora"), tr("LoRA")),
                  glossaryLink(QStringLiteral("chat-template"), tr("chat template")),
                  glossaryLink(QStringLiteral("perplexity"), tr("perplexity")))},
        {QStringLiteral("compare"), tr("Compare"),
         tr("<p>Puts several %1 side by side: their metrics on one chart, the differences in their "
            "settings, and tables and charts to export. Not in the app yet.</p>")
             .arg(glossaryLink(QStringLiteral("run"), tr("runs", "the plural, linked to the glossary")))},
        {QStringLiteral("jobs"), tr("Jobs"),
         tr("<p>Long work (scans, filtering, tokenizer training, training) runs as a separate process, "
            "a %1, and appears in the <b>Jobs</b> dock with its progress and time left. <b>Stop</b> asks "
            "it to finish cleanly. <b>Open log</b> shows everything it printed and follows new lines "
            "while it runs. A failed job shows its exit code and the last lines of its log.</p>"
            "<p>Closing the window does not stop a running job: reopen the project and it is found "
            "again. Every run keeps its spec, log and outputs in the project's <code>runs/</code> "
            "folder.</p>")
             .arg(glossaryLink(QStringLiteral("run"), tr("run")))},
    };
}

QList<HelpEntry> HelpContent::glossary()
{
    return {
        {QStringLiteral("c4"), tr("C4 rules"),
         tr("<p>The cleaning rules used to build the Colossal Clean Crawled Corpus (Raffel et al., "
            "2020): keep lines that end in terminal punctuation, drop lines that mention JavaScript or "
            "read like cookie and terms-of-use notices, and drop documents with \"lorem ipsum\", a curly "
            "brace, or too few sentences.</p>")},
        {QStringLiteral("chat-template"), tr("Chat template"),
         tr("<p>How a conversation is written out for a model: the markers around each turn, such as "
            "<code>&lt;|im_start|&gt;user</code> in ChatML or <code>[INST]</code> in Llama-2. A model "
            "answers best in the template it was tuned with; its folder often names it "
            "(<code>chat_template</code> in <code>tokenizer_config.json</code>). In "
            "<a href=\"#sft\">SFT</a> only the answers and the marker that ends them are trained on.</p>")},
        {QStringLiteral("cpt"), tr("CPT (continued pre-training)"),
         tr("<p>Training a general model further on domain text with its original objective, predicting "
            "the next token. It teaches the domain's words and facts; mixing in some general text "
            "(<a href=\"#replay\">replay</a>) keeps it from forgetting.</p>")},
        {QStringLiteral("dataset"), tr("Dataset"),
         tr("<p>A corpus registered in the project under a name: your files (never copied or changed) "
            "and how to read them, or a file the project wrote when it filtered, deduplicated or selected "
            "another dataset (a derived dataset, with its <a href=\"#provenance\">provenance</a>). A "
            "dataset is made of <a href=\"#document\">documents</a>.</p>")},
        {QStringLiteral("document"), tr("Document"),
         tr("<p>One unit of text as the reader delivers it: the text field of a JSON Lines "
            "<a href=\"#record\">record</a>, or a whole text file, a block between blank lines, or a "
            "line, as chosen on import. Quality signals, rules and duplicates are per document.</p>")},
        {QStringLiteral("dsir"), tr("DSIR (data selection with importance resampling)"),
         tr("<p>Picks from a large raw pool the part that looks most like a small target dataset (Xie "
            "et al., 2023). Both are modelled as counts of hashed word n-grams; each chunk of the pool "
            "gets the weight p_target / p_raw, and k chunks are drawn by those weights. The "
            "<a href=\"#kl\">KL divergence</a> to the target before and after shows how much closer the "
            "selection is.</p>")},
        {QStringLiteral("epoch"), tr("Epoch"),
         tr("<p>One pass over a source: a run that trains on twice the tokens a source has reads it for two "
            "epochs, each document twice. A few epochs help almost as much as new data; beyond about 4, "
            "repeated data stops helping (Muennighoff et al., 2023), so the Mixture step marks it.</p>")},
        {QStringLiteral("exact-duplicate"), tr("Exact duplicate"),
         tr("<p>A document whose text is identical to another's (same hash of the whole text). "
            "Deduplication keeps the first and removes the others.</p>")},
        {QStringLiteral("fertility"), tr("Fertility"),
         tr("<p>How many tokens a <a href=\"#tokenizer\">tokenizer</a> needs per word of a text. Lower "
            "is better: the model sees more text per token. A general tokenizer often has a high "
            "fertility on domain text, which a tokenizer trained on that domain lowers.</p>")},
        {QStringLiteral("gopher"), tr("Gopher rules"),
         tr("<p>Quality heuristics from DeepMind's Gopher paper (Rae et al., 2021), used to clean web "
            "text: a document should have 50 to 100,000 words, a mean word length of 3 to 10 "
            "characters, few hash signs and ellipses, few bullet lines, mostly words with a letter, and "
            "some common stop words. The repetition rules remove documents made of repeated lines, "
            "paragraphs or n-grams.</p>")},
        {QStringLiteral("gguf"), tr("GGUF"),
         tr("<p>The single-file model format llama.cpp and Ollama run: the weights (F32 or F16 here) "
            "with the architecture and the tokenizer written into the file.</p>")},
        {QStringLiteral("instruction-residual"), tr("Instruction residual"),
         tr("<p>What instruction tuning changed in a model: the instruction-tuned weights minus the base "
            "weights. Added to a model that continued pre-training on domain text from the same base "
            "(Hirano and Imajo, 2024), it gives that model the habit of following instructions without "
            "instruction data; lambda scales how much is added (1 by default).</p>")},
        {QStringLiteral("jaccard"), tr("Jaccard similarity"),
         tr("<p>How much two sets overlap: the size of their intersection divided by the size of their "
            "union, from 0 (nothing shared) to 1 (the same). Here the sets are a document's shingles, "
            "runs of five words, so two documents with a Jaccard similarity of 0.8 share most of their "
            "wording.</p>")},
        {QStringLiteral("kl"), tr("KL divergence"),
         tr("<p>Kullback–Leibler divergence: how different one probability distribution is from another; "
            "0 when they are the same. <a href=\"#dsir\">DSIR</a> reports it between the target's n-gram "
            "distribution and the data's, before and after selection; a larger reduction means the "
            "selected data is closer to the target.</p>")},
        {QStringLiteral("lora"), tr("LoRA (low-rank adaptation)"),
         tr("<p>Fine-tuning that leaves the model's weights as they are and trains two small matrices "
            "beside chosen layers instead (Hu et al., 2021): a fraction of the parameters, so it needs "
            "far less memory. The result is an adapter folder that Hugging Face PEFT loads; it can be "
            "merged into the model for good.</p>")},
        {QStringLiteral("lsh"), tr("LSH (locality-sensitive hashing)"),
         tr("<p>A way to find similar documents without comparing every pair. Each "
            "<a href=\"#minhash\">MinHash</a> signature is cut into b bands of r rows; two documents "
            "become candidates when any band matches. Pairs with a "
            "<a href=\"#jaccard\">Jaccard similarity</a> above about (1/b)^(1/r) are almost always "
            "caught, pairs well below it almost never.</p>")},
        {QStringLiteral("meco"), tr("MeCo (metadata conditioning then cooldown)"),
         tr("<p>A training recipe (Gao et al., 2025): for most of training each document is preceded by "
            "its metadata, such as its URL or source, so the model learns what kind of text it is "
            "reading; the last part of training (the cooldown) uses plain text, so the model works "
            "without metadata.</p>"
            "<p>The prefix (\"URL: en.wikipedia.org\" and a blank line, or \"Source: foldoc\") is read but "
            "not trained on; documents without the field are trained plainly. The cooldown, 10% of the "
            "steps by default, keeps the optimizer state and the learning-rate schedule. A MeCo run "
            "reports two held-out losses: on plain documents (how the model is used) and with the "
            "prefixes. Generation and scoring can be conditioned on metadata too (the Playground's "
            "\"Condition on metadata\", <tt>adaptlab-cli generate --metadata</tt>). The paper's "
            "ablations: no cooldown, and hashed metadata (a stable code instead of the words, which "
            "keeps the grouping only).</p>")},
        {QStringLiteral("minhash"), tr("MinHash"),
         tr("<p>A short signature of a document's set of shingles (runs of words) with one property: the "
            "chance that two signatures agree at a position equals the <a href=\"#jaccard\">Jaccard "
            "similarity</a> of the two sets. Signatures are compared with <a href=\"#lsh\">LSH</a> to "
            "find <a href=\"#near-duplicate\">near duplicates</a> quickly.</p>")},
        {QStringLiteral("near-duplicate"), tr("Near duplicate"),
         tr("<p>A document that is almost the same as another: the same page with a different date or "
            "footer, a mirror, a lightly edited copy. Found with <a href=\"#minhash\">MinHash</a> and "
            "<a href=\"#lsh\">LSH</a>; deduplication keeps one document per cluster of near "
            "duplicates.</p>")},
        {QStringLiteral("perplexity"), tr("Perplexity"),
         tr("<p>How surprised a language model is by a text: the exponential of its mean loss per token. "
            "Lower is better. Comparing it per source shows what a model learned and what it "
            "forgot.</p>")},
        {QStringLiteral("provenance"), tr("Provenance"),
         tr("<p>How a derived dataset was made: the dataset it came from, the operation (filter, "
            "deduplicate, select, sample), its settings (rules and thresholds, bands and rows, target "
            "and k, seed) and the run that made it. It is recorded with the dataset and stays when the "
            "source dataset is removed.</p>")},
        {QStringLiteral("quality-rule"), tr("Quality rule"),
         tr("<p>A threshold on a per-document quality signal, such as \"at least 50 words\" or \"at most "
            "30% duplicate lines\". A document that fails any enabled rule is removed by Filter. The "
            "rules come from the <a href=\"#gopher\">Gopher</a> and <a href=\"#c4\">C4</a> "
            "recipes.</p>")},
        {QStringLiteral("record"), tr("Record"),
         tr("<p>One entry of the input as stored: a line of a JSON Lines file, or the raw text a plain "
            "text file is split into. A good record becomes a <a href=\"#document\">document</a>; a "
            "broken one (invalid JSON, no text field, invalid UTF-8, too long) is skipped and counted "
            "with its file and line.</p>")},
        {QStringLiteral("replay"), tr("Replay"),
         tr("<p>Mixing some general data back into domain training so the model does not forget what "
            "it knew (catastrophic forgetting). A few percent of general text is often enough: about 5% of "
            "every batch for a weak shift (more of the same language), about 25% for a strong one (a new "
            "language or a distant domain) (Ibrahim et al., 2024).</p>")},
        {QStringLiteral("run"), tr("Run"),
         tr("<p>One job started in the project: a scan, a filter, a tokenizer training, a training run. "
            "Each has a number and a folder <code>runs/&lt;number&gt;/</code> with its spec, log and "
            "results; its status is running, done, failed or stopped.</p>")},
        {QStringLiteral("sft"), tr("SFT (supervised fine-tuning)"),
         tr("<p>Training on examples of instructions and the answers wanted, with the loss on the "
            "answers only, so the model learns to follow instructions in the domain.</p>")},
        {QStringLiteral("signals-file"), tr("Signals file"),
         tr("<p>The file <code>datasets/&lt;name&gt;.signals</code> a scan writes: for every document its "
            "position in the corpus, every quality signal, its hash and its MinHash bands. Thresholds are "
            "re-counted and duplicates found from it without reading the text again. Removing the "
            "dataset deletes it.</p>")},
        {QStringLiteral("tokenizer"), tr("Tokenizer"),
         tr("<p>Cuts text into tokens, the pieces of words a model reads, and back. AdaptLab trains "
            "SentencePiece tokenizers (unigram or BPE) on your datasets and measures their "
            "<a href=\"#fertility\">fertility</a>.</p>")},
        {QStringLiteral("vocabulary-gap"), tr("Vocabulary gap"),
         tr("<p>The words of a dataset that a tokenizer has no piece for, so it spells them in several "
            "pieces (<code>hyperparameter</code> as <code>hyper|param|eter</code>). The list ranks them by "
            "the tokens they cost in total (how often they occur times their pieces): the top of the "
            "list is where a domain tokenizer, or added tokens, would save most.</p>")},
        {QStringLiteral("token-shard"), tr("Token shard"),
         tr("<p>A dataset already cut into tokens, in a file training reads directly: the token ids, "
            "where each document starts, and which file and metadata each came from, with a checksum. "
            "Built once per dataset and tokenizer, so no training run tokenizes again; a held-out "
            "part for measuring is written at the same time.</p>")},
        {QStringLiteral("byte-fallback"), tr("Byte fallback"),
         tr("<p>How a tokenizer spells a character it has no piece for: as its UTF-8 bytes, one token "
            "each, instead of an unknown token. Nothing is lost, but such characters cost several tokens; "
            "a high share on a dataset means the tokenizer does not know its script or symbols.</p>")},
        {QStringLiteral("upsampling"), tr("Upsampling (end of training)"),
         tr("<p>Raising the domain's share of the data for the last part of training only, typically the "
            "final 10–20% of the steps, while the learning rate decays (Blakeney et al., 2024). It sharpens the "
            "domain without the forgetting that a whole run on domain data causes; it is never the whole "
            "run.</p>")},
        {QStringLiteral("scaling-law"), tr("Scaling law (mixture ratio)"),
         tr("<p>A formula fitted to a few short pilot runs that predicts the domain and the general "
            "held-out loss from the domain's share of the data. <b>D-CPT</b> (Que et al., 2024) also "
            "models the amount of training data; <b>CMR</b> (Gu et al., 2024) fits each loss as a·R<sup>s</sup> + b "
            "of the domain share R at the final token count. The <b>critical mixture ratio</b> is the "
            "largest domain share that keeps the general loss within a small margin (0.05) of the "
            "loss without domain data. A recommendation is only made when the fit is good (R² and "
            "Huber loss are shown); with a poor fit, run more or longer pilots.</p>")},
        {QStringLiteral("clustering"), tr("Clustering (domain discovery)"),
         tr("<p>Grouping documents by what they are about without labels: each document is turned into "
            "a vector by a model of the project (the mean of its last hidden states), and k-means puts "
            "similar vectors together. Each cluster's most distinctive words and examples say what it "
            "holds; clusters can be saved as datasets and mixed like any other source (as in CLIMB, "
            "Diao et al., 2025).</p>")},
    };
}

QList<HelpEntry> HelpContent::entries(const QString& page)
{
    if (page == kGuide)
        return guide();
    if (page == kGlossary)
        return glossary();
    return {};
}

QStringList HelpContent::anchors(const QString& page)
{
    QStringList keys;
    for (const HelpEntry& entry : entries(page))
        keys << entry.anchor;
    return keys;
}

QString HelpContent::html(const QString& page)
{
    QString html;
    for (const HelpEntry& entry : entries(page))
        html += QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>%3").arg(entry.anchor, entry.title.toHtmlEscaped(), entry.body);
    return html;
}

} // namespace adaptlab::gui
