<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CorpusText</name>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="14"/>
        <source>Invalid JSON</source>
        <translation>无效的 JSON</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="16"/>
        <source>Text field missing</source>
        <translation>缺少正文字段</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="18"/>
        <source>Text field is not a string</source>
        <translation>正文字段不是字符串</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="20"/>
        <source>Invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="22"/>
        <source>Record too long</source>
        <translation>记录过长</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="24"/>
        <source>Compressed file cut short</source>
        <translation>压缩文件被截断</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="26"/>
        <source>Empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="28"/>
        <source>Binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="30"/>
        <source>Unreadable file</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="38"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="44"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="45"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="46"/>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="47"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="48"/>
        <source>Mean word length</source>
        <translation>平均词长</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="49"/>
        <source>Hashes per word</source>
        <translation>每词 # 号数</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="50"/>
        <source>Ellipses per word</source>
        <translation>每词省略号数</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="51"/>
        <source>Bullet lines</source>
        <translation>项目符号行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="52"/>
        <source>Lines ending in an ellipsis</source>
        <translation>以省略号结尾的行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="53"/>
        <source>Words with a letter</source>
        <translation>含字母的词</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="54"/>
        <source>Stop words</source>
        <translation>停用词</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="55"/>
        <source>Duplicate lines</source>
        <translation>重复行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="56"/>
        <source>Duplicate paragraphs</source>
        <translation>重复段落</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="57"/>
        <source>Characters in duplicate lines</source>
        <translation>重复行中的字符</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="58"/>
        <source>Characters in duplicate paragraphs</source>
        <translation>重复段落中的字符</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="59"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="60"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="61"/>
        <source>Top %1-gram coverage</source>
        <translation>最高频 %1-gram 覆盖率</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="62"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="63"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="64"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="65"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="66"/>
        <location filename="../plugins/corpus/corpus_text.cpp" line="67"/>
        <source>Duplicate %1-gram coverage</source>
        <translation>重复 %1-gram 覆盖率</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="68"/>
        <source>Lines C4 drops</source>
        <translation>C4 删除的行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="69"/>
        <source>Lines mentioning JavaScript</source>
        <translation>提及 JavaScript 的行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="70"/>
        <source>Terms-of-use and cookie lines</source>
        <translation>使用条款和 Cookie 行</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="71"/>
        <source>Lorem ipsum</source>
        <translation>Lorem ipsum 占位文本</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="72"/>
        <source>Curly braces</source>
        <translation>花括号</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="73"/>
        <source>Sentences</source>
        <translation>句子数</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="83"/>
        <source>Number of characters in the document.</source>
        <translation>文档中的字符数。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="85"/>
        <source>Size of the document&apos;s text in UTF-8 bytes.</source>
        <translation>文档正文的 UTF-8 字节数。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="87"/>
        <source>Number of words: whitespace-separated tokens with at least one character that is not punctuation. Very short documents carry little to learn from; extremely long ones are often dumps or logs.</source>
        <translation>词数：以空白分隔且至少包含一个非标点字符的词元。过短的文档可学习的内容很少；过长的文档通常是转储或日志。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="91"/>
        <source>Number of lines in the document.</source>
        <translation>文档中的行数。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="93"/>
        <source>Average word length in characters. Natural prose sits between 3 and 10; outside that range the text is usually code, tables, URLs or gibberish.</source>
        <translation>以字符计的平均词长。自然文本介于 3 到 10 之间；超出此范围的文本通常是代码、表格、URL 或乱码。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="96"/>
        <source>Number of &apos;#&apos; characters per word. Many hashes point to hashtag lists, markup or code comments.</source>
        <translation>每个词的 &apos;#&apos; 字符数。# 号多通常表示话题标签列表、标记语言或代码注释。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="99"/>
        <source>Ellipses (&apos;...&apos; or &apos;…&apos;) per word. Many ellipses point to truncated snippets, such as search results or teasers.</source>
        <translation>每个词的省略号（&apos;...&apos; 或 &apos;…&apos;）数量。省略号多通常表示截断的片段，如搜索结果或预告摘要。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="102"/>
        <source>Share of lines that start with a bullet (&apos;•&apos; or &apos;-&apos;). Pages made of bullets are usually menus or link lists.</source>
        <translation>以项目符号（&apos;•&apos; 或 &apos;-&apos;）开头的行的比例。由项目符号构成的页面通常是菜单或链接列表。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="105"/>
        <source>Share of lines that end with an ellipsis, typical of lists of truncated previews.</source>
        <translation>以省略号结尾的行的比例，常见于截断预览的列表。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="108"/>
        <source>Share of words that contain at least one letter. Low values mean numbers, symbols or markup rather than language.</source>
        <translation>至少包含一个字母的词的比例。值低表示内容是数字、符号或标记，而非自然语言。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="111"/>
        <source>How many of the English function words &apos;the, be, to, of, and, that, have, with&apos; occur. Real English sentences use at least two of them.</source>
        <translation>英语功能词 &apos;the, be, to, of, and, that, have, with&apos; 出现了几个。真实的英语句子至少会用到其中两个。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="114"/>
        <source>Share of lines that repeat an earlier line of the same document.</source>
        <translation>与同一文档中前面某行重复的行的比例。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="116"/>
        <source>Share of paragraphs that repeat an earlier paragraph of the same document.</source>
        <translation>与同一文档中前面某段重复的段落的比例。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="118"/>
        <source>Share of the document&apos;s characters that sit in repeated lines.</source>
        <translation>文档中位于重复行内的字符比例。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="120"/>
        <source>Share of the document&apos;s characters that sit in repeated paragraphs.</source>
        <translation>文档中位于重复段落内的字符比例。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="124"/>
        <source>Share of characters covered by the most frequent word n-gram. High values mean one phrase is repeated over and over.</source>
        <translation>最常见的词 n-gram 覆盖的字符比例。值高表示某个短语被反复重复。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="132"/>
        <source>Share of characters covered by word n-grams that occur more than once. High values mean long passages are repeated.</source>
        <translation>出现不止一次的词 n-gram 覆盖的字符比例。值高表示有长段落被重复。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="135"/>
        <source>Share of lines C4&apos;s line rules would remove: lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>C4 行规则会删除的行的比例：没有结尾标点、少于 5 个词，或提及 JavaScript、Cookie 和使用条款等内容的行。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="139"/>
        <source>Lines that mention JavaScript, usually browser warnings left in scraped pages.</source>
        <translation>提及 JavaScript 的行，通常是抓取网页中残留的浏览器警告。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="141"/>
        <source>Lines with terms-of-use, privacy-policy or cookie phrases.</source>
        <translation>包含使用条款、隐私政策或 Cookie 用语的行。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="143"/>
        <source>Whether the page contains &apos;lorem ipsum&apos; placeholder text.</source>
        <translation>页面是否包含 &apos;lorem ipsum&apos; 占位文本。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="145"/>
        <source>Whether the page contains a curly brace &apos;{&apos;, which in web text almost always means code.</source>
        <translation>页面是否包含花括号 &apos;{&apos;，在网页文本中这几乎总是意味着代码。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="148"/>
        <source>Number of sentences. C4 drops pages with fewer than 3.</source>
        <translation>句子数。C4 会删除少于 3 句的页面。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="195"/>
        <source>Gopher quality</source>
        <translation>Gopher 质量</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="197"/>
        <source>Gopher repetition</source>
        <translation>Gopher 重复</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="199"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="207"/>
        <source>%1: none</source>
        <comment>rule that allows no occurrence, e.g. &apos;Lorem ipsum: none&apos;</comment>
        <translation>%1：无</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="210"/>
        <source>%1 ≥ %2</source>
        <comment>rule: signal at least threshold</comment>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="211"/>
        <source>%1 ≤ %2</source>
        <comment>rule: signal at most threshold</comment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="216"/>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="216"/>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="229"/>
        <source>One document per file</source>
        <translation>每个文件一个文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="231"/>
        <source>One document per block (split on blank lines)</source>
        <translation>每个文本块一个文档（按空行分隔）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="233"/>
        <source>One document per line</source>
        <translation>每行一个文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="242"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/corpus_text.cpp" line="249"/>
        <source>%1 (%2)</source>
        <comment>a count and its share, e.g. 12 (4.0%)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>WorkflowSteps</name>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="8"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="10"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="12"/>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="14"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="16"/>
        <source>Mixture</source>
        <translation>数据配比</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="18"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="20"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="22"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="29"/>
        <source>See what the open project holds: its datasets, the runs started on them and what they produced.</source>
        <translation>查看当前项目包含的内容：数据集、在其上启动的运行以及它们的产出。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="32"/>
        <source>Bring corpora into the project (plain text, JSON Lines, .jsonl.zst, .gz), map their text and metadata fields, and filter or deduplicate them into derived datasets that remember where they came from.</source>
        <translation>将语料导入项目（纯文本、JSON Lines、.jsonl.zst、.gz），映射其文本和元数据字段，并通过过滤或去重生成可追溯来源的派生数据集。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="36"/>
        <source>Look inside a dataset before training on it: document lengths, quality signals, duplicates, perplexity under a reference model and topic clusters.</source>
        <translation>在训练之前查看数据集内部：文档长度、质量信号、重复内容、参考模型下的困惑度以及主题聚类。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="39"/>
        <source>Train a SentencePiece tokenizer on your data or reuse an existing one, and see how many tokens each source needs per word.</source>
        <translation>在您的数据上训练 SentencePiece 分词器或复用已有分词器，并查看每个来源每个词需要多少个词元。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="42"/>
        <source>Decide how much of each source goes into training, including how much general data to replay so the model keeps what it knew.</source>
        <translation>决定每个来源有多少数据进入训练，包括回放多少通用数据，使模型保留已有的知识。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="45"/>
        <source>Start continued pre-training or supervised fine-tuning, optionally with metadata conditioning, and follow loss and throughput while it runs.</source>
        <translation>启动继续预训练或监督微调（可选元数据条件化），并在运行时跟踪损失和吞吐量。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="48"/>
        <source>Measure a checkpoint: held-out loss per source, multiple-choice accuracy and sample generations.</source>
        <translation>评测一个检查点：每个来源的留出损失、多项选择准确率以及生成样例。</translation>
    </message>
    <message>
        <location filename="../app/gui/workflow_steps.cpp" line="51"/>
        <source>Put several runs side by side: overlaid metrics, the differences in their configuration, and charts and tables to export.</source>
        <translation>将多个运行并排比较：叠加的指标、配置差异，以及可导出的图表和表格。</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobListModel</name>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="149"/>
        <source>(untitled job)</source>
        <translation>（未命名任务）</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="155"/>
        <source>%1 (signal %2)</source>
        <translation>%1（信号 %2）</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="157"/>
        <source>%1 (exit code %2)</source>
        <translation>%1（退出码 %2）</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="164"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="181"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="198"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="200"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="202"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="204"/>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="235"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="237"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="238"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="245"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="247"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="249"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="251"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="253"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="255"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="257"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobRunner</name>
    <message>
        <location filename="../widgets/job_runner.cpp" line="49"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="210"/>
        <source>(the log is empty)</source>
        <translation>（日志为空）</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="231"/>
        <source>The job crashed (signal %1). Last lines of its log:
%2</source>
        <translation>任务崩溃（信号 %1）。日志的最后几行：
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="235"/>
        <source>The job exited without reporting a result (exit code 0). Last lines of its log:
%1</source>
        <translation>任务退出但未报告结果（退出码 0）。日志的最后几行：
%1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="239"/>
        <source>The job failed with exit code %1. Last lines of its log:
%2</source>
        <translation>任务失败，退出码 %1。日志的最后几行：
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="254"/>
        <source>The job program %1 could not be started: %2</source>
        <translation>无法启动任务程序 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="329"/>
        <source>This job is already running.</source>
        <translation>此任务已在运行。</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="359"/>
        <source>The job spec was refused: %1</source>
        <translation>任务描述被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="360"/>
        <source>The job spec was refused: %1: %2</source>
        <translation>任务描述被拒绝：%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="365"/>
        <source>The job program %1 was not found or is not executable.</source>
        <translation>未找到任务程序 %1，或它不可执行。</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="369"/>
        <source>Could not create the run folder %1.</source>
        <translation>无法创建运行文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="375"/>
        <source>Could not write the job spec %1: %2</source>
        <translation>无法写入任务描述 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="383"/>
        <source>Could not open the job log %1: %2</source>
        <translation>无法打开任务日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobsDock</name>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="25"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="33"/>
        <source>No jobs yet. Long work (scans, tokenizer training, training runs, evaluations) runs as a separate process and appears here with its progress; it keeps its log in the run folder.</source>
        <translation>暂无任务。耗时较长的工作（扫描、分词器训练、训练运行、评估）作为独立进程运行，并在此显示进度；其日志保存在运行文件夹中。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="67"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="69"/>
        <source>Ask the job to stop: it saves a checkpoint where it can and exits. If it does not exit within its grace period, it is killed.</source>
        <translation>请求任务停止：它会尽可能保存检查点后退出。如果在宽限期内未退出，则会被强制终止。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="71"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="73"/>
        <source>Open the job&apos;s full log (everything it printed) in the system&apos;s text viewer.</source>
        <translation>在系统文本查看器中打开任务的完整日志（其输出的全部内容）。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="75"/>
        <source>Clear finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="77"/>
        <source>Remove the jobs that are no longer running from this list. Their run folders and logs are kept.</source>
        <translation>从列表中移除已不再运行的任务。它们的运行文件夹和日志会保留。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="206"/>
        <source>The job</source>
        <translation>该任务</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="208"/>
        <source>%1 was refused before it started:</source>
        <translation>%1 在启动前被拒绝：</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="210"/>
        <source>%1 crashed (signal %2):</source>
        <translation>%1 崩溃（信号 %2）：</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="212"/>
        <source>%1 failed (exit code %2):</source>
        <translation>%1 失败（退出码 %2）：</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="214"/>
        <source>%1 failed:</source>
        <translation>%1 失败：</translation>
    </message>
</context>
<context>
    <name>adaptlab::PluginCatalog</name>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="43"/>
        <source>not an AdaptLab panel (interface %1, expected %2)</source>
        <translation>不是 AdaptLab 面板（接口 %1，应为 %2）</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="47"/>
        <source>its metadata has no JSON object (the plugin&apos;s .json file is missing)</source>
        <translation>其元数据中没有 JSON 对象（缺少插件的 .json 文件）</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="50"/>
        <source>its metadata has no &quot;name&quot; field</source>
        <translation>其元数据中没有 &quot;name&quot; 字段</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="53"/>
        <source>its metadata field &quot;order&quot; is not a number</source>
        <translation>其元数据字段 &quot;order&quot; 不是数字</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="98"/>
        <source>a panel named &quot;%1&quot; was already loaded from %2</source>
        <translation>名为 &quot;%1&quot; 的面板已从 %2 加载</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="119"/>
        <source>its root object does not implement the PanelPlugin interface</source>
        <translation>其根对象未实现 PanelPlugin 接口</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="148"/>
        <source>not a Qt plugin</source>
        <translation>不是 Qt 插件</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="149"/>
        <source>not a Qt plugin: %1</source>
        <translation>不是 Qt 插件：%1</translation>
    </message>
    <message>
        <location filename="../widgets/plugin_catalog.cpp" line="164"/>
        <source>its root object does not implement the PanelPlugin interface %1</source>
        <translation>其根对象未实现 PanelPlugin 接口 %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ActionsTab</name>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="68"/>
        <source>Name of the new dataset (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>新数据集的名称（字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="75"/>
        <source>Preview command</source>
        <translation>预览命令</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="76"/>
        <source>Show the job spec and the command that runs it without the GUI.</source>
        <translation>显示作业规格以及无需图形界面即可运行它的命令。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="93"/>
        <source>Filter by quality rules</source>
        <translation>按质量规则过滤</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="96"/>
        <source>Writes a new dataset with the documents that pass every enabled rule, with the thresholds as set in Quality rules. The new dataset records the rules and thresholds it was made with.</source>
        <translation>写出一个新数据集，包含通过所有已启用规则的文档，阈值按“质量规则”中的设置。新数据集会记录生成时使用的规则和阈值。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="104"/>
        <source>Also clean the kept documents line by line with C4&apos;s line rules</source>
        <translation>同时用 C4 的行规则逐行清洗保留的文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="105"/>
        <source>Drops lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>删除没有结尾标点、少于 5 个词，或提及 JavaScript、Cookie 和使用条款等内容的行。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="110"/>
        <location filename="../plugins/corpus/actions_tab.cpp" line="149"/>
        <location filename="../plugins/corpus/actions_tab.cpp" line="227"/>
        <source>New dataset:</source>
        <translation>新数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="112"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="116"/>
        <source>Remove duplicates</source>
        <translation>移除重复项</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="120"/>
        <source>Exact deduplication removes documents whose normalized text repeats an earlier one. Near deduplication compares MinHash signatures of word 5-grams in bands: two documents become candidates when all rows of any band agree, so more rows per band demand more similarity, more bands catch more pairs. One document per cluster is kept, the first.</source>
        <translation>完全去重会删除规范化文本与之前某个文档相同的文档。近似去重按带比较词 5-gram 的 MinHash 签名：当任一带中的所有行都一致时，两个文档成为候选对。因此每带行数越多，要求的相似度越高；带数越多，找到的文档对越多。每个簇保留一个文档，即第一个。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="128"/>
        <source>Exact and near duplicates</source>
        <translation>完全重复和近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="129"/>
        <source>Exact duplicates only</source>
        <translation>仅完全重复</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="130"/>
        <source>Near duplicates only</source>
        <translation>仅近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="146"/>
        <source>Remove:</source>
        <translation>移除：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="147"/>
        <source>Bands:</source>
        <translation>带数：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="148"/>
        <source>Rows per band:</source>
        <translation>每带行数：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="152"/>
        <source>Deduplicate</source>
        <translation>去重</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="161"/>
        <source>Chance to be compared, by similarity</source>
        <translation>按相似度的被比较概率</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="169"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard 相似度</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="187"/>
        <source>Select data like a target (DSIR)</source>
        <translation>选择与目标相似的数据（DSIR）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="190"/>
        <source>Importance resampling (Xie et al. 2023): both datasets become hashed word unigram and bigram counts; each chunk of this dataset gets the log ratio of the target&apos;s distribution to this one&apos;s as its weight, and k chunks are drawn by weight. Use it to pick, from a large general pool, the part that looks like your domain. The job reports how much closer (KL reduction) the selection is to the target.</source>
        <translation>重要性重采样（Xie 等，2023）：两个数据集都被转换为哈希后的词一元组和二元组计数；本数据集的每个分块以目标分布与本分布之比的对数作为权重，并按权重抽取 k 个分块。用它从大型通用语料池中挑选与您的领域相似的部分。作业会报告所选数据向目标靠近了多少（KL 降低量）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="210"/>
        <source>Sample (Gumbel noise); untick for the k highest weights</source>
        <translation>抽样（Gumbel 噪声）；取消勾选则取权重最高的 k 个</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="217"/>
        <source>whole documents</source>
        <translation>整篇文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="218"/>
        <source>Long documents would dominate the weights, so they are cut into chunks of about this many words first.</source>
        <translation>长文档会主导权重，因此会先被切分为大约这么多词的分块。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="222"/>
        <source>Target dataset:</source>
        <translation>目标数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="223"/>
        <source>Select (k):</source>
        <translation>选择数量（k）：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="224"/>
        <source>Chunk size (words):</source>
        <translation>分块大小（词）：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="225"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="229"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="233"/>
        <source>Scan each new dataset as soon as its job has finished</source>
        <translation>每个新数据集的作业完成后立即扫描它</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="236"/>
        <source>Starts a scan of the derived dataset, so its statistics and rules are ready when you open it here.</source>
        <translation>启动对派生数据集的扫描，这样在此处打开它时，其统计信息和规则已准备就绪。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="240"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="245"/>
        <source>Press &quot;Preview command&quot; to see the job spec and the command that runs the same job from a terminal or a cluster.</source>
        <translation>点击“预览命令”查看作业规格，以及在终端或集群上运行同一作业的命令。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="292"/>
        <source>Choose a dataset above to filter, deduplicate or select from it.</source>
        <translation>请在上方选择一个数据集，以对其进行过滤、去重或选择。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="355"/>
        <source>%1 of %2 rules enabled.</source>
        <translation>已启用 %1 条规则（共 %2 条）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="357"/>
        <source>%1 of %2 rules enabled: they remove %3 of %4 documents and %5 of the words.</source>
        <translation>已启用 %1 条规则（共 %2 条）：它们会移除 %4 个文档中的 %3，以及 %5 的词。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="364"/>
        <source>%1 of %2 rules enabled. Scan the dataset to see how many documents they remove.</source>
        <translation>已启用 %1 条规则（共 %2 条）。扫描数据集后可查看它们会移除多少文档。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="385"/>
        <source>%1 hashes. Documents about %2 similar have even odds of being compared; at 0.8 the chance is %3.</source>
        <translation>%1 个哈希。相似度约为 %2 的文档有一半的机会被比较；相似度为 0.8 时，概率为 %3。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="393"/>
        <source>The scan (14 bands of 8 rows) found %1 exact and %2 near duplicates.</source>
        <translation>扫描（14 个带、每带 8 行）发现了 %1 个完全重复和 %2 个近似重复。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="441"/>
        <source>Choose a dataset first.</source>
        <translation>请先选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="444"/>
        <source>&quot;%1&quot; cannot be a dataset name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>“%1”不能作为数据集名称：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="448"/>
        <source>The project already has a dataset called &quot;%1&quot;.</source>
        <translation>项目中已有名为“%1”的数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="458"/>
        <source>Enable at least one rule in Quality rules.</source>
        <translation>请在“质量规则”中至少启用一条规则。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="461"/>
        <source>Import a target dataset first: the selection looks for documents that resemble it.</source>
        <translation>请先导入一个目标数据集：选择会寻找与之相似的文档。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="468"/>
        <source># Save the spec below as spec.json, then run:
%1

%2</source>
        <translation># 将下面的作业规格保存为 spec.json，然后运行：
%1

%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="486"/>
        <source>The job did not start: %1</source>
        <translation>作业未能启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="492"/>
        <source>Running; progress and Stop are in the Jobs dock.</source>
        <translation>正在运行；进度和停止按钮在“作业”面板中。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="502"/>
        <source>Done: dataset %1 was added to the project and is being scanned.</source>
        <translation>完成：数据集 %1 已添加到项目，正在扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="503"/>
        <source>Done: dataset %1 was added to the project; its scan did not start: %2</source>
        <translation>完成：数据集 %1 已添加到项目；其扫描未能启动：%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="506"/>
        <source>Done: dataset %1 was added to the project.</source>
        <translation>完成：数据集 %1 已添加到项目。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="508"/>
        <source>Stopped before it finished; no dataset was added.</source>
        <translation>在完成前已停止；未添加数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/actions_tab.cpp" line="510"/>
        <source>The job failed: %1</source>
        <translation>作业失败：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DatasetListModel</name>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="105"/>
        <source>not scanned</source>
        <translation>未扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="107"/>
        <source>partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="109"/>
        <source>scanned; problems: %1</source>
        <translation>已扫描；问题：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="110"/>
        <source>scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="117"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="118"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="128"/>
        <source>%1 (+%n more file(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="145"/>
        <source>Counted when the dataset is scanned.</source>
        <translation>扫描数据集时统计。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="148"/>
        <source>Not scanned yet: scan it to see its statistics and quality signals.</source>
        <translation>尚未扫描：扫描后可查看其统计信息和质量信号。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="150"/>
        <source>The last scan could not read every file to its end; its numbers cover what was read.</source>
        <translation>上次扫描未能将每个文件读到结尾；其数字仅涵盖已读取的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="170"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="171"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="172"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="173"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="174"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="175"/>
        <source>Derived from</source>
        <translation>派生自</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="176"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/dataset_list_model.cpp" line="177"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DatasetsPanel</name>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="57"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="58"/>
        <source>Bring corpora into the project and keep track of them. Import reads plain text or JSON Lines (also compressed with zstd or gzip), lets you say which field is the text and which are metadata, and shows the first records and any broken ones before anything is added. Every dataset is then scanned once: counts, quality signals and duplicates, which you explore in the Inspect step. Filtering, deduplication and selection there create derived datasets, listed here with the dataset they came from.</source>
        <translation>将语料导入项目并跟踪管理。导入功能可读取纯文本或 JSON Lines（也支持 zstd 或 gzip 压缩），让您指定哪个字段是正文、哪些是元数据，并在添加之前显示前几条记录和损坏的记录。随后每个数据集会被扫描一次：统计数量、质量信号和重复项，您可以在“检查”步骤中查看。在那里进行的过滤、去重和选择会生成派生数据集，并在此处与其来源数据集一起列出。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="68"/>
        <source>No project is open. Create or open a project (File menu) to import corpora into it.</source>
        <translation>尚未打开项目。请创建或打开一个项目（“文件”菜单）以导入语料。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="77"/>
        <source>Import corpus…</source>
        <translation>导入语料…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="81"/>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="83"/>
        <source>Read the selected dataset again and recompute its statistics, signals and duplicates (for example after its files changed).</source>
        <translation>重新读取所选数据集并重新计算其统计信息、信号和重复项（例如在其文件更改后）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="110"/>
        <source>No datasets yet. Import a corpus to start.</source>
        <translation>尚无数据集。导入一个语料以开始。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="122"/>
        <source>Imported datasets have no provenance; derived ones record their source, rules, thresholds and seed here.</source>
        <translation>导入的数据集没有来源记录；派生数据集会在此记录其来源、规则、阈值和随机种子。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="128"/>
        <source>How it was made</source>
        <translation>生成方式</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="192"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="250"/>
        <source>The scan of %1 did not start: %2</source>
        <translation>%1 的扫描未能启动：%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="252"/>
        <source>Scanning %1 (see the Jobs dock).</source>
        <translation>正在扫描 %1（见“作业”面板）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="262"/>
        <source>No dataset selected</source>
        <translation>未选择数据集</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="276"/>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="293"/>
        <source>Location: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="281"/>
        <source>Files (read as one dataset, in this order):</source>
        <translation>文件（作为一个数据集按此顺序读取）：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="288"/>
        <source>every other field</source>
        <translation>所有其他字段</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="289"/>
        <source>Text field: %1</source>
        <translation>正文字段：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="290"/>
        <source>Metadata fields: %1</source>
        <translation>元数据字段：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="290"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="291"/>
        <source>Plain text files: %1</source>
        <translation>纯文本文件：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="295"/>
        <source>The field mapping cannot be read: %1</source>
        <translation>无法读取字段映射：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="298"/>
        <source>Derived from: %1</source>
        <translation>派生自：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/datasets_panel.cpp" line="300"/>
        <source>Not scanned yet. Its statistics appear in the Inspect step once a scan has run.</source>
        <translation>尚未扫描。扫描完成后，其统计信息会显示在“检查”步骤中。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentBrowser</name>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="130"/>
        <source>Search the text of every document</source>
        <translation>搜索所有文档的正文</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="132"/>
        <source>and metadata</source>
        <translation>及元数据</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="133"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="134"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="148"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="149"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="188"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="246"/>
        <source>Scan the dataset to browse its documents.</source>
        <translation>扫描数据集后即可浏览其文档。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="247"/>
        <source>Select a document to read it.</source>
        <translation>选择一个文档以阅读。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="259"/>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="260"/>
        <source>Removed by the enabled rules</source>
        <translation>被已启用规则移除的</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="261"/>
        <source>Kept by the enabled rules</source>
        <translation>被已启用规则保留的</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="265"/>
        <source>Failing %1</source>
        <translation>未通过 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="302"/>
        <source>Searching for &quot;%1&quot; in every document…</source>
        <translation>正在所有文档中搜索“%1”…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="311"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="343"/>
        <source>Ordering documents…</source>
        <translation>正在排序文档…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="350"/>
        <source>The documents could not be ordered: %1</source>
        <translation>无法排序文档：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="436"/>
        <source>The texts could not be read: %1</source>
        <translation>无法读取文本：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="455"/>
        <source>(not found in the corpus: it changed since the scan)</source>
        <translation>（在语料中未找到：语料自扫描后已更改）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="480"/>
        <source>Reading document %1…</source>
        <translation>正在读取文档 %1…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="488"/>
        <source>Document %1 is no longer in the corpus: it changed since the scan. Scan it again.</source>
        <translation>文档 %1 已不在语料中：语料自扫描后已更改。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="490"/>
        <source>The document could not be read: %1</source>
        <translation>无法读取文档：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="510"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="516"/>
        <source>Documents shown: %1. The search for &quot;%2&quot; stopped at the first %3 matches.</source>
        <translation>显示的文档：%1。对“%2”的搜索在前 %3 个匹配处停止。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="520"/>
        <source>Documents containing &quot;%1&quot;: %2.</source>
        <translation>包含“%1”的文档：%2。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_browser.cpp" line="522"/>
        <source>Documents shown: %1.</source>
        <translation>显示的文档：%1。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentTableModel</name>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="72"/>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="76"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="95"/>
        <source>Removed by this rule: it is the first enabled rule the document fails.</source>
        <translation>被此规则移除：这是该文档未通过的第一条已启用规则。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="107"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="108"/>
        <source>Fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="109"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_table_model.cpp" line="110"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentView</name>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="37"/>
        <location filename="../plugins/corpus/document_view.cpp" line="104"/>
        <source>Select a document to read it.</source>
        <translation>选择一个文档以阅读。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="49"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="49"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="49"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="60"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="77"/>
        <source>Highlight the parts behind:</source>
        <translation>高亮决定以下信号的部分：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="134"/>
        <source>Document %1 · %2</source>
        <translation>文档 %1 · %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="138"/>
        <source>%1: %2</source>
        <comment>metadata field: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="147"/>
        <source>
[… only the first %1 characters are shown]</source>
        <translation>
[… 仅显示前 %1 个字符]</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="179"/>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="179"/>
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="179"/>
        <source>fails (rule off)</source>
        <translation>未通过（规则已关闭）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="196"/>
        <source>Choose a rule above or a signal to see which parts of the text drive it.</source>
        <translation>在上方选择一条规则或一个信号，查看文本中哪些部分决定了它。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="203"/>
        <source>Finding the parts behind %1…</source>
        <translation>正在查找决定%1的部分…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="211"/>
        <source>The evidence could not be computed: %1</source>
        <translation>无法计算依据：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="218"/>
        <source>%1 is %2 for this document; it has no particular place in the text to highlight.</source>
        <translation>此文档的%1为 %2；它在文本中没有可高亮的特定位置。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/document_view.cpp" line="221"/>
        <source>%1 is %2 for this document; the highlighted parts drive it (places highlighted: %3).</source>
        <translation>此文档的%1为 %2；高亮部分决定了该值（高亮位置：%3）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DuplicatesTab</name>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="105"/>
        <source>Kept document</source>
        <translation>保留的文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="129"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="131"/>
        <source>Duplicate</source>
        <translation>重复项</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="159"/>
        <source>Members (the first is kept by deduplication):</source>
        <translation>成员（去重时保留第一个）：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="195"/>
        <source>Scan the dataset to find its duplicates.</source>
        <translation>扫描数据集后即可找出其重复项。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="197"/>
        <source>Duplicate clusters are built when this tab is shown.</source>
        <translation>显示此标签页时会构建重复簇。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="215"/>
        <source>Building duplicate clusters from the scan&apos;s hashes…</source>
        <translation>正在根据扫描得到的哈希构建重复簇…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="219"/>
        <source>The clusters could not be built: %1</source>
        <translation>无法构建簇：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="239"/>
        <source>No duplicates: every document is unique, exactly and by MinHash.</source>
        <translation>没有重复项：每个文档都是唯一的，无论按完全匹配还是 MinHash。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="241"/>
        <source>%1 clusters (%2 of exact copies, %3 of near duplicates). Deduplication keeps the first document of each and removes %4.</source>
        <translation>%1 个簇（%2 个完全相同副本簇，%3 个近似重复簇）。去重会保留每个簇的第一个文档，并移除 %4 个。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="252"/>
        <source>exact</source>
        <translation>完全</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="252"/>
        <source>near</source>
        <translation>近似</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="256"/>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="278"/>
        <source>document %1</source>
        <translation>文档 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="277"/>
        <source>document %1 (kept)</source>
        <translation>文档 %1（保留）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="289"/>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="290"/>
        <source>Kept: document %1</source>
        <translation>保留：文档 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="291"/>
        <source>Removed: document %1</source>
        <translation>移除：文档 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="292"/>
        <source>Reading both documents…</source>
        <translation>正在读取两个文档…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="310"/>
        <source>The documents are no longer in the corpus: it changed since the scan.</source>
        <translation>这些文档已不在语料中：语料自扫描后已更改。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="312"/>
        <source>The documents could not be read: %1</source>
        <translation>无法读取文档：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="321"/>
        <source>Word 5-gram Jaccard similarity: %1. The texts differ in too many places to mark them.</source>
        <translation>词 5-gram Jaccard 相似度：%1。两段文本差异之处过多，无法逐一标记。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="324"/>
        <source>Word 5-gram Jaccard similarity: %1. The words are the same; only spacing, case or punctuation may differ.</source>
        <translation>词 5-gram Jaccard 相似度：%1。词语相同；只有空白、大小写或标点可能不同。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/duplicates_tab.cpp" line="327"/>
        <source>Word 5-gram Jaccard similarity: %1. Words only in the kept document are marked red (%2), words only in the other green (%3).</source>
        <translation>词 5-gram Jaccard 相似度：%1。仅出现在保留文档中的词标为红色（%2），仅出现在另一文档中的词标为绿色（%3）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::HistogramCard</name>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="60"/>
        <source>No distribution recorded for this signal.</source>
        <translation>此信号没有记录分布。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="83"/>
        <source>Use this rule when filtering. Switched off, it still shows what it would remove.</source>
        <translation>过滤时使用此规则。关闭后仍会显示它将移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="88"/>
        <source>Drag the red line on the chart or type a value.</source>
        <translation>拖动图表上的红线或输入数值。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="141"/>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="143"/>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="144"/>
        <source>min %1, mean %2, max %3</source>
        <translation>最小值 %1，均值 %2，最大值 %3</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="189"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="193"/>
        <source>removes %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/histogram_card.cpp" line="194"/>
        <source>Alone: %1 documents, %2 words. In sequence after the rules before it: %3 documents, %4 words.</source>
        <translation>单独：%1 个文档，%2 个词。在前面的规则之后依次应用：%3 个文档，%4 个词。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ImportDialog</name>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="76"/>
        <source>Import a corpus</source>
        <translation>导入语料</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="80"/>
        <source>Choose a corpus file, several files read as one dataset, or a folder of files (plain text, JSON Lines, optionally compressed with zstd or gzip). Check below that the first records read the way you expect: which JSON field holds the text, which fields to keep as metadata (URL, source, date, ... used for breakdowns and metadata conditioning), and which problems a quick look at the start of each file found. Importing registers the corpus where it is (nothing is copied) and starts a full scan.</source>
        <translation>选择一个语料文件、作为一个数据集读取的多个文件，或一个包含文件的文件夹（纯文本、JSON Lines，可选 zstd 或 gzip 压缩）。请在下方确认前几条记录的读取方式符合预期：哪个 JSON 字段包含正文，哪些字段作为元数据保留（URL、来源、日期等，用于分类统计和元数据条件化），以及快速查看每个文件开头时发现了哪些问题。导入会在原位置登记语料（不复制任何内容）并开始完整扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="95"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="107"/>
        <source>Which files of the folder to read, e.g. *.jsonl.zst</source>
        <translation>要读取文件夹中的哪些文件，例如 *.jsonl.zst</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="108"/>
        <source>Include subfolders</source>
        <translation>包含子文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="112"/>
        <source>File pattern:</source>
        <translation>文件模式：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="121"/>
        <source>How the dataset is called in this project. Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only: the name is also used for the files the scan writes.</source>
        <translation>数据集在本项目中的名称。只能使用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;：该名称也用于扫描写出的文件。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="130"/>
        <source>Corpus:</source>
        <translation>语料：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="132"/>
        <source>Dataset name:</source>
        <translation>数据集名称：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="135"/>
        <source>Field mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="140"/>
        <source>The JSON field that holds the document&apos;s text.</source>
        <translation>包含文档正文的 JSON 字段。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="148"/>
        <source>Ticked fields are kept with each document as metadata.</source>
        <translation>勾选的字段会作为元数据随每个文档保留。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="151"/>
        <source>Keep every other field as metadata too</source>
        <translation>同时将所有其他字段保留为元数据</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="158"/>
        <source>How plain text files (.txt) are split into documents.</source>
        <translation>纯文本文件（.txt）如何拆分为文档。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="162"/>
        <source>Text field (JSON):</source>
        <translation>正文字段（JSON）：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="163"/>
        <source>Metadata fields (JSON):</source>
        <translation>元数据字段（JSON）：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="165"/>
        <source>Plain text files:</source>
        <translation>纯文本文件：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="170"/>
        <location filename="../plugins/corpus/import_dialog.cpp" line="478"/>
        <source>Choose a corpus to see its first records.</source>
        <translation>选择一个语料以查看其前几条记录。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="205"/>
        <source>Import and scan</source>
        <translation>导入并扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="210"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="92"/>
        <source>A corpus file or folder (several files: separated by &apos;;&apos;)</source>
        <translation>语料文件或文件夹（多个文件用 &apos;;&apos; 分隔）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="93"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="94"/>
        <source>One file, or several files (e.g. the shards of one corpus) read as one dataset</source>
        <translation>一个文件或多个文件（例如同一语料的分片），作为一个数据集读取</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="240"/>
        <source>Choose corpus files</source>
        <translation>选择语料文件</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="241"/>
        <source>Corpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;All files (*)</source>
        <translation>语料 (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="248"/>
        <source>Choose a folder of corpus files</source>
        <translation>选择包含语料文件的文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="400"/>
        <source>Reading the first records…</source>
        <translation>正在读取前几条记录…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="476"/>
        <source>The corpus cannot be read: %1</source>
        <translation>无法读取语料：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="480"/>
        <source>No documents were found with this mapping (files read: %1). Check the text field and the problems below.</source>
        <translation>按此映射未找到任何文档（已读取文件：%1）。请检查正文字段和下方的问题。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="484"/>
        <source>The first %1 documents as they will be read. Records looked at: %2; files: %3.</source>
        <translation>按将要读取的方式显示的前 %1 个文档。已查看记录：%2；文件：%3。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="492"/>
        <source>The quick pre-scan of the start of each file found no problems.</source>
        <translation>对每个文件开头的快速预扫描未发现问题。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="494"/>
        <source>The quick pre-scan found problems; such records are skipped and counted. %1</source>
        <translation>快速预扫描发现了问题；此类记录会被跳过并计数。%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="522"/>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="524"/>
        <source>Add the dataset to the project and start scanning it.</source>
        <translation>将数据集添加到项目并开始扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="539"/>
        <source>No project is open. Create or open a project first.</source>
        <translation>尚未打开项目。请先创建或打开一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="544"/>
        <source>Choose a corpus file or folder first.</source>
        <translation>请先选择语料文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="550"/>
        <source>The corpus %1 does not exist.</source>
        <translation>语料 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="554"/>
        <source>The corpus %1 cannot be read (permission denied).</source>
        <translation>无法读取语料 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="558"/>
        <source>%1 is a folder: import a folder on its own (with a file pattern), or choose files.</source>
        <translation>%1 是文件夹：请单独导入文件夹（并指定文件模式），或选择文件。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="565"/>
        <source>&quot;%1&quot; cannot be a dataset name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and do not start with &apos;.&apos;.</source>
        <translation>“%1”不能作为数据集名称：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，且不要以 &apos;.&apos; 开头。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="571"/>
        <source>The project already has a dataset called &quot;%1&quot;. Choose another name.</source>
        <translation>项目中已有名为“%1”的数据集。请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="575"/>
        <source>The project store cannot be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="579"/>
        <source>The records have no field &quot;%1&quot;. Choose the field that holds the text.</source>
        <translation>记录中没有字段“%1”。请选择包含正文的字段。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="598"/>
        <source>The dataset could not be added: %1</source>
        <translation>无法添加数据集：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="606"/>
        <source>Dataset %1 added, but its scan did not start: %2</source>
        <translation>已添加数据集 %1，但其扫描未能启动：%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/import_dialog.cpp" line="609"/>
        <source>Dataset %1 added; scanning it now (see the Jobs dock).</source>
        <translation>已添加数据集 %1；正在扫描（见“作业”面板）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectPanel</name>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="37"/>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="38"/>
        <source>Look inside a dataset before training on it. Overview: how much text there is, how much of it repeats and where it comes from. Quality rules: the Gopher and C4 heuristics as numbers per document; move a threshold and see at once how many documents and words each rule removes. Documents: read any document and see why a rule flags it. Duplicates: exact copies and near copies side by side. Actions: write a filtered, deduplicated or DSIR-selected dataset that remembers how it was made.</source>
        <translation>在用数据集训练之前先查看其内容。概览：有多少文本、其中有多少重复、来自哪里。质量规则：以每个文档的数值呈现 Gopher 和 C4 启发式规则；移动阈值即可立即看到每条规则会移除多少文档和词。文档：阅读任意文档，查看某条规则为何标记它。重复项：完全相同和近似的副本并排显示。操作：生成经过过滤、去重或 DSIR 选择的数据集，并记录其生成方式。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="47"/>
        <source>No project is open. Create or open a project, then import a corpus in the Data step.</source>
        <translation>尚未打开项目。请创建或打开一个项目，然后在“数据”步骤中导入语料。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="66"/>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="233"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="78"/>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="93"/>
        <source>Show examples</source>
        <translation>显示示例</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="93"/>
        <source>Hide examples</source>
        <translation>隐藏示例</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="104"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="105"/>
        <source>Quality rules</source>
        <translation>质量规则</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="106"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="107"/>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="108"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="111"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="166"/>
        <source>%1 (documents: %2)</source>
        <translation>%1（文档：%2）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="200"/>
        <source>The scan did not start: %1</source>
        <translation>扫描未能启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="204"/>
        <source>Scanning %1; progress and Stop are in the Jobs dock.</source>
        <translation>正在扫描 %1；进度和停止按钮在“作业”面板中。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="208"/>
        <source>The scan did not finish: %1</source>
        <translation>扫描未完成：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="209"/>
        <source>it was stopped</source>
        <translation>扫描已被停止</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="210"/>
        <source>it failed (see the Jobs dock)</source>
        <translation>扫描失败（见“作业”面板）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="224"/>
        <source>No datasets yet: import a corpus in the Data step.</source>
        <translation>尚无数据集：请在“数据”步骤中导入语料。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="233"/>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="237"/>
        <source>Not scanned yet. Scan it to see its statistics, quality signals and duplicates.</source>
        <translation>尚未扫描。扫描后可查看其统计信息、质量信号和重复项。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="240"/>
        <source>Documents: %1; files: %2.</source>
        <translation>文档：%1；文件：%2。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="251"/>
        <source>Partial scan: some input could not be read to its end, so the numbers below cover only what was read. Records skipped: %1</source>
        <translation>部分扫描：部分输入未能读到结尾，因此下方数字仅涵盖已读取的内容。跳过的记录：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="252"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_panel.cpp" line="254"/>
        <source>Some records could not be read and were skipped: %1</source>
        <translation>部分记录无法读取，已跳过：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectSession</name>
    <message>
        <location filename="../plugins/corpus/inspect_session.cpp" line="157"/>
        <source>The dataset&apos;s field mapping cannot be read: %1</source>
        <translation>无法读取数据集的字段映射：%1</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_session.cpp" line="175"/>
        <source>The dataset&apos;s scan results cannot be read: %1. Scan it again.</source>
        <translation>无法读取数据集的扫描结果：%1。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/inspect_session.cpp" line="241"/>
        <source>Counting what the rules remove failed: %1</source>
        <translation>统计规则移除的内容失败：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::OverviewTab</name>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="46"/>
        <source>URL host</source>
        <translation>URL 主机</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="58"/>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="58"/>
        <source>Documents the scan read (broken records are counted as problems, not documents).</source>
        <translation>扫描读取的文档（损坏的记录计为问题，不计为文档）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="60"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="60"/>
        <source>Whitespace-separated words with at least one non-punctuation character.</source>
        <translation>以空白分隔、至少包含一个非标点字符的词。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="62"/>
        <source>of text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="62"/>
        <source>Size of the documents&apos; text in UTF-8, without JSON syntax or compression.</source>
        <translation>文档正文的 UTF-8 大小，不含 JSON 语法和压缩。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="64"/>
        <source>exact duplicates</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="64"/>
        <source>Documents whose normalized text repeats an earlier document.</source>
        <translation>规范化文本与之前某个文档相同的文档。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="66"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="197"/>
        <source>near duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="66"/>
        <source>Documents in a MinHash-LSH cluster that they do not lead (word 5-gram shingles, 14 bands of 8 rows: similarity above about 0.72).</source>
        <translation>位于某个 MinHash-LSH 簇中但不是该簇首个文档的文档（词 5-gram 分片，14 个带、每带 8 行：相似度约高于 0.72）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="68"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="226"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="232"/>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="68"/>
        <source>Token counts need a tokenizer: train or add one in the Tokenizer step.</source>
        <translation>词元计数需要分词器：请在“分词器”步骤中训练或添加一个。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="70"/>
        <source>removed by the enabled rules</source>
        <translation>被已启用规则移除</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="70"/>
        <source>Documents failing at least one enabled quality rule, with the thresholds as set in Quality rules.</source>
        <translation>未通过至少一条已启用质量规则的文档，阈值按“质量规则”中的设置。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="86"/>
        <source>fail %1 rules</source>
        <translation>未通过%1规则</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="87"/>
        <source>Share of documents failing at least one enabled rule of this family.</source>
        <translation>未通过该类别中至少一条已启用规则的文档比例。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="98"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="108"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="113"/>
        <source>Most frequent values of</source>
        <translation>最常见的值：</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="117"/>
        <source>This dataset has no metadata fields. Map fields such as url or source on import to see where its documents come from.</source>
        <translation>此数据集没有元数据字段。导入时映射 url 或 source 等字段，即可查看其文档的来源。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="125"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="125"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="125"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="196"/>
        <source>near duplicates (clusters: %1)</source>
        <translation>近似重复（簇：%1）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="225"/>
        <source>no tokenizer yet</source>
        <translation>尚无分词器</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="228"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="229"/>
        <source>tokens: tokenize this dataset in the Tokenizer step</source>
        <translation>词元：请在“分词器”步骤中对此数据集分词</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="246"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="278"/>
        <location filename="../plugins/corpus/overview_tab.cpp" line="297"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="302"/>
        <source>%1 (#%2)</source>
        <translation>%1（第 %2 名）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/overview_tab.cpp" line="325"/>
        <source>Top %1 values of %2</source>
        <translation>%2 的前 %1 个值</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::PreviewTableModel</name>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="52"/>
        <source>%1 = %2</source>
        <comment>metadata field = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="90"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="91"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="92"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="93"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/preview_table_model.cpp" line="94"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ProblemTableModel</name>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>problem kind: count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="76"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="77"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/problem_table_model.cpp" line="78"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::QualityTab</name>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="56"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="57"/>
        <source>Switch every rule on again with the thresholds of the papers (Gopher as in datatrove, C4 as in TFDS).</source>
        <translation>重新启用所有规则并使用论文中的阈值（Gopher 按 datatrove，C4 按 TFDS）。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="61"/>
        <source>Tick a rule to use it when filtering; change its threshold on its chart below (drag the red line or type the value). &quot;Alone&quot; is what a rule removes by itself, &quot;in sequence&quot; what it removes after the rules above it. Double-click a rule to see its chart.</source>
        <translation>勾选规则即在过滤时使用它；在下方图表中更改其阈值（拖动红线或输入数值）。“单独”表示该规则自身会移除的内容，“依次”表示在其上方的规则之后它还会移除的内容。双击规则可查看其图表。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="121"/>
        <source>Other signals</source>
        <translation>其他信号</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="165"/>
        <source>Scan the dataset to count what the rules remove.</source>
        <translation>扫描数据集后即可统计规则移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="168"/>
        <source>Counting what the rules remove…</source>
        <translation>正在统计规则移除的内容…</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/quality_tab.cpp" line="170"/>
        <source>The enabled rules remove %1 of %2 documents and %3 of %4 words.</source>
        <translation>已启用的规则移除 %2 个文档中的 %1，以及 %4 个词中的 %3。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::RuleTableModel</name>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="78"/>
        <source>%1 %2</source>
        <comment>bound and threshold, e.g. &apos;at least 50&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="84"/>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="88"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="110"/>
        <source>What this rule would remove if it were the only rule.</source>
        <translation>如果只有这一条规则，它会移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="113"/>
        <source>What this rule removes that the enabled rules above it have not removed already.</source>
        <translation>此规则移除的、且尚未被其上方已启用规则移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="128"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="129"/>
        <source>Family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="130"/>
        <source>Keeps documents with</source>
        <translation>保留条件</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="131"/>
        <source>Removes alone</source>
        <translation>单独移除</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="132"/>
        <source>Words alone</source>
        <translation>单独（词）</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="133"/>
        <source>Removes in sequence</source>
        <translation>依次移除</translation>
    </message>
    <message>
        <location filename="../plugins/corpus/rule_table_model.cpp" line="134"/>
        <source>Words in sequence</source>
        <translation>依次（词）</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::AppContext</name>
    <message>
        <location filename="../app/gui/app_context.cpp" line="103"/>
        <source>No project is open. Create or open a project before starting a job.</source>
        <translation>尚未打开项目。请先新建或打开一个项目，再启动任务。</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="109"/>
        <source>The job was refused: %1: %2</source>
        <translation>任务被拒绝：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="130"/>
        <source>%1 (run %2)</source>
        <translation>%1（运行 %2）</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="119"/>
        <source>its metadata names the workflow step &quot;%1&quot;, which this build does not have (known steps: %2)</source>
        <translation>其元数据指定了工作流步骤 &quot;%1&quot;，但此版本中没有该步骤（已知步骤：%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="130"/>
        <source>its createPanel() returned no widget</source>
        <translation>其 createPanel() 未返回控件</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="132"/>
        <source>it failed while creating its panel: %1</source>
        <translation>创建面板时失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="135"/>
        <source>it failed while creating its panel</source>
        <translation>创建面板时失败</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>Plugins (%n failed)</source>
        <translation>
            <numerusform>插件（%n 个失败）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Not available in this build yet</source>
        <translation>此版本中尚不可用</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="200"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="204"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="208"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="213"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="216"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="218"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="221"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="222"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="225"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="226"/>
        <source>&amp;About AdaptLab</source>
        <translation>关于 AdaptLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="243"/>
        <source>Device: not configured</source>
        <translation>设备：未配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="251"/>
        <source>CUDA devices visible: %1</source>
        <translation>可见的 CUDA 设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="252"/>
        <source>No CUDA device is visible to this build.</source>
        <translation>此版本看不到任何 CUDA 设备。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Torch threads: %1</source>
        <translation>Torch 线程：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>Cores available to AdaptLab: %1</source>
        <translation>AdaptLab 可用的核心数：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="255"/>
        <source>BLAS: %1</source>
        <translation>BLAS：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="270"/>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="271"/>
        <source>The folder %1 could not be opened as an AdaptLab project.</source>
        <translation>无法将文件夹 %1 作为 AdaptLab 项目打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="288"/>
        <source>Cannot Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="289"/>
        <source>No project could be created in %1.</source>
        <translation>无法在 %1 中创建项目。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="310"/>
        <source>%1

The current project stays open.</source>
        <translation>%1

当前项目保持打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="319"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="321"/>
        <source>AdaptLab</source>
        <translation>AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="325"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="327"/>
        <source>%1 — AdaptLab</source>
        <translation>%1 — AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="339"/>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="343"/>
        <source>Clear Menu</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="349"/>
        <source>Choose an Empty Folder for the New Project</source>
        <translation>为新项目选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="357"/>
        <source>Open Project Folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="379"/>
        <source>Device policy set to %1.</source>
        <translation>设备策略已设为 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="381"/>
        <source>Cannot Use This Device</source>
        <translation>无法使用此设备</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="381"/>
        <source>The device policy could not be applied.</source>
        <translation>无法应用设备策略。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="389"/>
        <source>About AdaptLab</source>
        <translation>关于 AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="390"/>
        <source>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;A workbench for turning a general language model into a specialist: inspect corpora, plan a data mixture, continue pre-training or fine-tune, and compare what each run learned.&lt;/p&gt;&lt;p&gt;Torch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;把通用语言模型变成领域专家的工作台：检查语料、规划数据配比、继续预训练或微调，并比较每次运行学到了什么。&lt;/p&gt;&lt;p&gt;Torch %2，运行于 %3。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::PluginsPage</name>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="18"/>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="19"/>
        <source>Every panel in AdaptLab is a plugin. This list shows each one that was found, the step it belongs to and the file it was loaded from. A plugin that could not be loaded is listed with the reason, and the rest of the app works without it.</source>
        <translation>AdaptLab 中的每个面板都是一个插件。此列表显示找到的每个插件、它所属的步骤以及加载它的文件。无法加载的插件会连同原因列出，应用的其余部分不受影响。</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="38"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="64"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;：%2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="71"/>
        <source>Loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="71"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="105"/>
        <source>No plugin folder was found next to the program.</source>
        <translation>程序旁边没有找到插件文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="106"/>
        <source>Searched: %1</source>
        <translation>已搜索：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="107"/>
        <source>Plugins loaded: %1.</source>
        <translation>已加载的插件：%1 个。</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="108"/>
        <source>Plugins loaded: %1, failed: %2.</source>
        <translation>已加载的插件：%1 个，失败：%2 个。</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="109"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/plugins_page.cpp" line="110"/>
        <source>These plugins could not be loaded:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>以下插件无法加载：&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="17"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="20"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="26"/>
        <source>The new language is used the next time AdaptLab starts.</source>
        <translation>新语言将在下次启动 AdaptLab 时生效。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="29"/>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="32"/>
        <source>Compute device</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="35"/>
        <source>Automatic (CUDA when available, else CPU)</source>
        <translation>自动（有 CUDA 时使用 CUDA，否则使用 CPU）</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="36"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="37"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="41"/>
        <source>Applies at once to jobs started from now on; running jobs keep their device.</source>
        <translation>立即对此后启动的任务生效；正在运行的任务保持原设备。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="47"/>
        <source>No CUDA device is visible to this build of AdaptLab, so CUDA cannot be chosen. Applies at once to jobs started from now on.</source>
        <translation>此版本的 AdaptLab 看不到任何 CUDA 设备，因此无法选择 CUDA。立即对此后启动的任务生效。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="51"/>
        <source>Run models on:</source>
        <translation>模型运行于：</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::StepPage</name>
    <message>
        <location filename="../app/gui/step_page.cpp" line="19"/>
        <source>&lt;b&gt;Not available in this build yet.&lt;/b&gt; No panel for this step is installed, so there is nothing to do here for now. Panels are plugins: when the one for this step is placed in a plugin folder, it appears here the next time AdaptLab starts.</source>
        <translation>&lt;b&gt;此版本中尚不可用。&lt;/b&gt;此步骤没有安装面板，因此目前这里没有可做的事情。面板是插件：当此步骤的插件被放入插件文件夹后，下次启动 AdaptLab 时它就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="32"/>
        <source>No plugin folder was found next to the program.</source>
        <translation>程序旁边没有找到插件文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="33"/>
        <source>Plugin folders searched:&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>已搜索的插件文件夹：&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::DatasetTableModel</name>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="55"/>
        <source>Not counted yet: inspecting the dataset counts its documents.</source>
        <translation>尚未统计：检查数据集时会统计其文档数。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="57"/>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="69"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="71"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="82"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="83"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="84"/>
        <source>Documents</source>
        <translation>文档数</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="85"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../plugins/overview/dataset_table_model.cpp" line="86"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::OverviewPanel</name>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="76"/>
        <source>Project overview</source>
        <translation>项目概览</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="77"/>
        <source>A project is one folder that keeps everything an adaptation needs: the datasets you bring in, the tokenizers and token shards made from them, and every run with its settings, log, checkpoints and metrics. Moving the folder moves the project.</source>
        <translation>项目就是一个文件夹，保存一次模型适配所需的一切：您导入的数据集、由它们生成的分词器和词元分片，以及每次运行的设置、日志、检查点和指标。移动该文件夹即移动整个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="84"/>
        <source>No project is open</source>
        <translation>尚未打开项目</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="87"/>
        <source>Create a project with File &gt; New Project… (choose an empty folder), or open an existing one with File &gt; Open Project… or File &gt; Open Recent.</source>
        <translation>通过“文件 &gt; 新建项目…”创建项目（选择一个空文件夹），或通过“文件 &gt; 打开项目…”或“文件 &gt; 最近打开”打开已有项目。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="110"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="113"/>
        <source>Read the project store again</source>
        <translation>重新读取项目存储</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="120"/>
        <source>datasets</source>
        <translation>个数据集</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="121"/>
        <source>Datasets registered in this project, imported and derived.</source>
        <translation>此项目中登记的数据集，包括导入的和派生的。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="124"/>
        <source>runs</source>
        <translation>次运行</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="125"/>
        <source>Jobs started in this project: tokenizer training, training, evaluation and more.</source>
        <translation>在此项目中启动的任务：分词器训练、训练、评估等。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="129"/>
        <source>metric points</source>
        <translation>个指标数据点</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="130"/>
        <source>Values recorded by runs, such as loss at each step.</source>
        <translation>运行记录的数值，例如每一步的损失。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="133"/>
        <source>artifacts</source>
        <translation>个产物</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="134"/>
        <source>Files runs produced: tokenizers, checkpoints, logs.</source>
        <translation>运行产生的文件：分词器、检查点、日志。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="146"/>
        <source>No datasets yet. Bring one in with the Data step.</source>
        <translation>暂无数据集。请通过“数据”步骤导入。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="147"/>
        <source>No runs yet. Runs appear here when a job is started, for example training a tokenizer.</source>
        <translation>暂无运行。启动任务（例如训练分词器）后，运行会显示在这里。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="163"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="170"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="222"/>
        <source>Project folder: %1</source>
        <translation>项目文件夹：%1</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="231"/>
        <source>runs: %1 running, %2 done, %3 failed</source>
        <translation>次运行：%1 运行中，%2 已完成，%3 失败</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="244"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::RunTableModel</name>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="27"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="28"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="29"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="30"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="31"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="111"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="112"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="113"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="114"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../plugins/overview/run_table_model.cpp" line="115"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Print every panel plugin found (loaded, or with the reason it failed) and exit.</source>
        <translation>列出找到的每个面板插件（已加载，或附带失败原因）后退出。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Render the window into the PNG file FILE and exit (works without a display).</source>
        <translation>将窗口渲染为 PNG 文件 FILE 后退出（无需显示器）。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>With --screenshot: show the panel or workflow step called NAME.</source>
        <translation>与 --screenshot 一起使用：显示名为 NAME 的面板或工作流步骤。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open the project in folder DIR.</source>
        <translation>打开文件夹 DIR 中的项目。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Interface language for this session: en, de or zh_CN.</source>
        <translation>本次会话的界面语言：en、de 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>AdaptLab: a workbench for turning a general language model into a specialist.</source>
        <translation>AdaptLab：把通用语言模型变成领域专家的工作台。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>Device policy &quot;%1&quot; cannot be used (%2); using automatic device choice instead.</source>
        <translation>无法使用设备策略 &quot;%1&quot;（%2）；改为自动选择设备。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>No panel plugins found in: %1</source>
        <translation>在以下位置未找到面板插件：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>(no plugin folder)</source>
        <translation>（没有插件文件夹）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="171"/>
        <source>Unknown language &quot;%1&quot;; use en, de or zh_CN.</source>
        <translation>未知语言 &quot;%1&quot;；请使用 en、de 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="193"/>
        <source>Cannot open project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="204"/>
        <source>No panel or step is called &quot;%1&quot;. Known: %2</source>
        <translation>没有名为 &quot;%1&quot; 的面板或步骤。已知：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="215"/>
        <source>Cannot write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
</TS>
