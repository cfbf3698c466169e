<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CorpusText</name>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="17"/>
        <source>Invalid JSON</source>
        <translation>无效的 JSON</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="19"/>
        <source>Text field missing</source>
        <translation>缺少正文字段</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="21"/>
        <source>Text field is not a string</source>
        <translation>正文字段不是字符串</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="23"/>
        <source>Invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="25"/>
        <source>Record too long</source>
        <translation>记录过长</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="27"/>
        <source>Compressed file cut short</source>
        <translation>压缩文件被截断</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="29"/>
        <source>Empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="31"/>
        <source>Binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="33"/>
        <source>Unreadable file</source>
        <translation>无法读取的文件</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="35"/>
        <source>File cut short while read</source>
        <translation>读取时文件被截短</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="37"/>
        <source>Compression differs from the name (read by content)</source>
        <translation>压缩格式与文件名不符（按内容读取）</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="39"/>
        <source>Metadata field left out</source>
        <translation>已略过元数据字段</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="47"/>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="53"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="54"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="55"/>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="56"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="57"/>
        <source>Mean word length</source>
        <translation>平均词长</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="58"/>
        <source>Hashes per word</source>
        <translation>每词 # 号数</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="59"/>
        <source>Ellipses per word</source>
        <translation>每词省略号数</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="60"/>
        <source>Bullet lines</source>
        <translation>项目符号行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="61"/>
        <source>Lines ending in an ellipsis</source>
        <translation>以省略号结尾的行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="62"/>
        <source>Words with a letter</source>
        <translation>含字母的词</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="63"/>
        <source>Stop words</source>
        <translation>停用词</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="64"/>
        <source>Duplicate lines</source>
        <translation>重复行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="65"/>
        <source>Duplicate paragraphs</source>
        <translation>重复段落</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="66"/>
        <source>Characters in duplicate lines</source>
        <translation>重复行中的字符</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="67"/>
        <source>Characters in duplicate paragraphs</source>
        <translation>重复段落中的字符</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="68"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="69"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="70"/>
        <source>Top %1-gram coverage</source>
        <translation>最高频 %1-gram 覆盖率</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="71"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="72"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="73"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="74"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="75"/>
        <location filename="../widgets/corpus/corpus_text.cpp" line="76"/>
        <source>Duplicate %1-gram coverage</source>
        <translation>重复 %1-gram 覆盖率</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="77"/>
        <source>Lines C4 drops</source>
        <translation>C4 删除的行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="78"/>
        <source>Lines mentioning JavaScript</source>
        <translation>提及 JavaScript 的行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="79"/>
        <source>Terms-of-use and cookie lines</source>
        <translation>使用条款和 Cookie 行</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="80"/>
        <source>Lorem ipsum</source>
        <translation>Lorem ipsum 占位文本</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="81"/>
        <source>Curly braces</source>
        <translation>花括号</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="82"/>
        <source>Sentences</source>
        <translation>句子数</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="92"/>
        <source>Number of characters in the document.</source>
        <translation>文档中的字符数。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="94"/>
        <source>Size of the document&apos;s text in UTF-8 bytes.</source>
        <translation>文档正文的 UTF-8 字节数。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="96"/>
        <source>Number of words: whitespace-separated tokens with at least one character that is not punctuation. Very short documents carry little to learn from; extremely long ones are often dumps or logs.</source>
        <translation>词数：以空白分隔且至少包含一个非标点字符的词元。过短的文档可学习的内容很少；过长的文档通常是转储或日志。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="100"/>
        <source>Number of lines in the document.</source>
        <translation>文档中的行数。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="102"/>
        <source>Average word length in characters. Natural prose sits between 3 and 10; outside that range the text is usually code, tables, URLs or gibberish.</source>
        <translation>以字符计的平均词长。自然文本介于 3 到 10 之间；超出此范围的文本通常是代码、表格、URL 或乱码。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="105"/>
        <source>Number of &apos;#&apos; characters per word. Many hashes point to hashtag lists, markup or code comments.</source>
        <translation>每个词的 &apos;#&apos; 字符数。# 号多通常表示话题标签列表、标记语言或代码注释。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="108"/>
        <source>Ellipses (&apos;...&apos; or &apos;…&apos;) per word. Many ellipses point to truncated snippets, such as search results or teasers.</source>
        <translation>每个词的省略号（&apos;...&apos; 或 &apos;…&apos;）数量。省略号多通常表示截断的片段，如搜索结果或预告摘要。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="111"/>
        <source>Share of lines that start with a bullet (&apos;•&apos; or &apos;-&apos;). Pages made of bullets are usually menus or link lists.</source>
        <translation>以项目符号（&apos;•&apos; 或 &apos;-&apos;）开头的行的比例。由项目符号构成的页面通常是菜单或链接列表。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="114"/>
        <source>Share of lines that end with an ellipsis, typical of lists of truncated previews.</source>
        <translation>以省略号结尾的行的比例，常见于截断预览的列表。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="117"/>
        <source>Share of words that contain at least one letter. Low values mean numbers, symbols or markup rather than language.</source>
        <translation>至少包含一个字母的词的比例。值低表示内容是数字、符号或标记，而非自然语言。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="120"/>
        <source>How many of the English function words &apos;the, be, to, of, and, that, have, with&apos; occur. Real English sentences use at least two of them.</source>
        <translation>英语功能词 &apos;the, be, to, of, and, that, have, with&apos; 出现了几个。真实的英语句子至少会用到其中两个。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="123"/>
        <source>Share of lines that repeat an earlier line of the same document.</source>
        <translation>与同一文档中前面某行重复的行的比例。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="125"/>
        <source>Share of paragraphs that repeat an earlier paragraph of the same document.</source>
        <translation>与同一文档中前面某段重复的段落的比例。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="127"/>
        <source>Share of the document&apos;s characters that sit in repeated lines.</source>
        <translation>文档中位于重复行内的字符比例。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="129"/>
        <source>Share of the document&apos;s characters that sit in repeated paragraphs.</source>
        <translation>文档中位于重复段落内的字符比例。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="133"/>
        <source>Share of characters covered by the most frequent word n-gram. High values mean one phrase is repeated over and over.</source>
        <translation>最常见的词 n-gram 覆盖的字符比例。值高表示某个短语被反复重复。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="141"/>
        <source>Share of characters covered by word n-grams that occur more than once. High values mean long passages are repeated.</source>
        <translation>出现不止一次的词 n-gram 覆盖的字符比例。值高表示有长段落被重复。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="144"/>
        <source>Share of lines C4&apos;s line rules would remove: lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>C4 行规则会删除的行的比例：没有结尾标点、少于 5 个词，或提及 JavaScript、Cookie 和使用条款等内容的行。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="148"/>
        <source>Lines that mention JavaScript, usually browser warnings left in scraped pages.</source>
        <translation>提及 JavaScript 的行，通常是抓取网页中残留的浏览器警告。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="150"/>
        <source>Lines with terms-of-use, privacy-policy or cookie phrases.</source>
        <translation>包含使用条款、隐私政策或 Cookie 用语的行。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="152"/>
        <source>Whether the page contains &apos;lorem ipsum&apos; placeholder text.</source>
        <translation>页面是否包含 &apos;lorem ipsum&apos; 占位文本。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="154"/>
        <source>Whether the page contains a curly brace &apos;{&apos;, which in web text almost always means code.</source>
        <translation>页面是否包含花括号 &apos;{&apos;，在网页文本中这几乎总是意味着代码。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="157"/>
        <source>Number of sentences. C4 drops pages with fewer than 3.</source>
        <translation>句子数。C4 会删除少于 3 句的页面。</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="204"/>
        <source>Gopher quality</source>
        <translation>Gopher 质量</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="206"/>
        <source>Gopher repetition</source>
        <translation>Gopher 重复</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="208"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="216"/>
        <source>%1: none</source>
        <comment>rule that allows no occurrence, e.g. &apos;Lorem ipsum: none&apos;</comment>
        <translation>%1：无</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="219"/>
        <source>%1 ≥ %2</source>
        <comment>rule: signal at least threshold</comment>
        <translation>%1 ≥ %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="220"/>
        <source>%1 ≤ %2</source>
        <comment>rule: signal at most threshold</comment>
        <translation>%1 ≤ %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="225"/>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="225"/>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="238"/>
        <source>One document per file</source>
        <translation>每个文件一个文档</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="240"/>
        <source>One document per block (split on blank lines)</source>
        <translation>每个文本块一个文档（按空行分隔）</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="242"/>
        <source>One document per line</source>
        <translation>每行一个文档</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="291"/>
        <source>Closer to the target than a random sample of the same size by %1 (KL divergence)</source>
        <translation>比同样大小的随机样本更接近目标（KL 散度低 %1）</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="292"/>
        <source>No closer to the target than a random sample of the same size (KL divergence %1 higher)</source>
        <translation>并不比同样大小的随机样本更接近目标（KL 散度高 %1）</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/corpus_text.cpp" line="256"/>
        <source>%1 (%2)</source>
        <comment>a count and its share, e.g. 12 (4.0%)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>HelpContent</name>
    <message>
        <location filename="../app/gui/help_content.cpp" line="26"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="27"/>
        <source>&lt;p&gt;A project is one folder that holds everything an adaptation needs: the datasets you bring in, tokenizers, token shards and every run with its settings, log and results. Create one with &lt;b&gt;File &amp;gt; New Project…&lt;/b&gt; (choose an empty folder) or open one with &lt;b&gt;File &amp;gt; Open Project…&lt;/b&gt;. Moving or copying the folder moves or copies the project.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Project&lt;/b&gt; step shows what the open project holds: its datasets, the runs started in it and how many of them are running, done, failed or stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;项目就是一个文件夹，保存一次模型适配所需的一切：您导入的数据集、分词器、词元分片，以及每次运行及其设置、日志和结果。通过&lt;b&gt;文件 &amp;gt; 新建项目…&lt;/b&gt;创建项目（选择一个空文件夹），或通过&lt;b&gt;文件 &amp;gt; 打开项目…&lt;/b&gt;打开项目。移动或复制该文件夹，即移动或复制整个项目。&lt;/p&gt;&lt;p&gt;&lt;b&gt;项目&lt;/b&gt;步骤显示当前打开的项目包含的内容：其数据集、在其中启动的运行，以及其中有多少正在运行、已完成、失败或已停止。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="33"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="34"/>
        <source>&lt;p&gt;&lt;b&gt;Import corpus…&lt;/b&gt; brings a corpus into the project: one file, several files read as one dataset (the shards of one corpus), or a folder with a file pattern. Plain text and JSON Lines are read, also compressed with zstd (.zst) or gzip (.gz). Nothing is copied: the project remembers where the files are and how to read them.&lt;/p&gt;&lt;p&gt;Before anything is added, the dialog shows the first %1 as they will be read: for JSON Lines, which field holds the text and which fields are kept as metadata (URL, source, date, …); for plain text, whether a file, a block or a line is one %2. A quick pre-scan of the start of each file lists broken records; &lt;b&gt;Scan the whole corpus&lt;/b&gt; reads all of it. An empty or binary file, or one whose records are all broken, cannot be imported, and the dialog says why.&lt;/p&gt;&lt;p&gt;Importing starts a full scan (counts, %3, duplicates), which you explore in Inspect. Datasets made in Inspect (filtered, deduplicated, selected) are listed here with the dataset they came from and their %4. &lt;b&gt;Remove…&lt;/b&gt; (or the Delete key) takes a dataset out of the project after telling you which files go; your own corpus files are never touched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;导入语料库…&lt;/b&gt;将语料库导入项目：一个文件、作为一个数据集读取的多个文件（同一语料库的分片），或带文件模式的一个文件夹。可读取纯文本和 JSON Lines，也支持 zstd（.zst）或 gzip（.gz）压缩。不会复制任何内容：项目会记住文件所在的位置以及读取方式。&lt;/p&gt;&lt;p&gt;在添加任何内容之前，对话框会按读取方式显示前几条%1：对于 JSON Lines，显示哪个字段包含正文、哪些字段作为元数据保留（URL、来源、日期等）；对于纯文本，显示是一个文件、一个文本块还是一行构成一个%2。对每个文件开头的快速预扫描会列出损坏的记录；&lt;b&gt;扫描整个语料库&lt;/b&gt;会读取全部内容。空文件、二进制文件或记录全部损坏的文件无法导入，对话框会说明原因。&lt;/p&gt;&lt;p&gt;导入会启动一次完整扫描（计数、%3、重复项），其结果可在“检查”步骤中查看。在“检查”中生成的数据集（经过过滤、去重、选择）会列在这里，并附带它们所派生自的数据集及其%4。&lt;b&gt;移除…&lt;/b&gt;（或 Delete 键）会先告诉您哪些文件将被删除，然后将数据集移出项目；您自己的语料库文件永远不会被改动。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="48"/>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="49"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="50"/>
        <source>quality signals</source>
        <translation>质量信号</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="51"/>
        <source>provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="52"/>
        <source>Inspect</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="53"/>
        <source>&lt;p&gt;Look inside a scanned dataset before training on it. The overview shows counts and histograms of document length and of every quality signal. Each %1 (from %2 and %3) is a threshold you can switch on or off, type, or drag on its histogram; the documents and words each rule removes, alone and in sequence, are counted again at once from the %4.&lt;/p&gt;&lt;p&gt;The document browser shows why a document fails a rule; the duplicates tab puts %5 side by side. The actions write derived datasets as jobs: &lt;b&gt;Filter&lt;/b&gt; with the rules as set, &lt;b&gt;Deduplicate&lt;/b&gt; (%6 and near duplicates with %7), and &lt;b&gt;Select&lt;/b&gt; the part of a large pool that looks most like a target dataset (%8).&lt;/p&gt;</source>
        <translation>&lt;p&gt;在训练之前检查已扫描数据集的内部。概览显示文档长度和每个质量信号的计数与直方图。每条%1（来自 %2 和 %3）都是一个阈值，您可以开启或关闭它、输入数值，或在其直方图上拖动；每条规则单独和依次移除的文档数与词数，会立即根据%4重新统计。&lt;/p&gt;&lt;p&gt;文档浏览器显示文档为何未通过某条规则；重复项标签页将%5并排显示。各项操作以任务的形式写入派生数据集：&lt;b&gt;过滤&lt;/b&gt;（按当前设置的规则）、&lt;b&gt;去重&lt;/b&gt;（%6和近似重复，使用 %7），以及&lt;b&gt;选择&lt;/b&gt;大型数据池中与目标数据集最相似的部分（%8）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="61"/>
        <source>quality rule</source>
        <translation>质量规则</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="62"/>
        <source>Gopher</source>
        <translation>Gopher</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="62"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="63"/>
        <source>signals file</source>
        <translation>信号文件</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="64"/>
        <source>near duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="65"/>
        <source>exact</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="66"/>
        <location filename="../app/gui/help_content.cpp" line="240"/>
        <source>MinHash</source>
        <translation>MinHash</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="67"/>
        <source>DSIR</source>
        <translation>DSIR</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="68"/>
        <location filename="../app/gui/help_content.cpp" line="286"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="81"/>
        <source>tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="82"/>
        <source>fertility</source>
        <translation>切分率（每词词元数）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="85"/>
        <source>Mixture</source>
        <translation>数据配比</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="96"/>
        <location filename="../app/gui/help_content.cpp" line="117"/>
        <source>replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="100"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="101"/>
        <source>&lt;p&gt;The Train panel runs %1 on domain text and %2 on instruction data. Pick a base model (a size preset trained from scratch, a checkpoint of an earlier run, or a Hugging Face model folder, whose size is shown). For continued pre-training tick the datasets to train on with their weights and how much general data to mix back in (%3). For instruction tuning pick an instruction dataset (Alpaca, chat messages or ShareGPT) and a %4: the panel shows an example as the model sees it, with the tokens the loss covers highlighted; %5 trains small adapters instead of the whole model. Set steps, sequence length, batch and learning rate (presets fill them); the panel shows the memory and time the run needs before Start. Training runs as a job that keeps running when the window closes: the Run tab follows it with the training loss, the held-out loss of each source, the learning rate and the speed, stops it (it saves a checkpoint first) and resumes it from any checkpoint it kept. A finished run can be merged (an adapter into its base, or the %6 of an instruction-tuned model added to a domain model) and exported as a Hugging Face folder or a %7 file. Generate tries a checkpoint on a prompt. %8 comes later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;“训练”面板在领域文本上运行%1，在指令数据上运行%2。选择一个基础模型（从头训练的某个规模预设、先前某次运行的检查点，或一个 Hugging Face 模型文件夹，并会显示其规模）。继续预训练时，勾选要训练的数据集及其权重，以及要回混多少通用数据（%3）。指令微调时，选择一个指令数据集（Alpaca、聊天消息或 ShareGPT）和一个%4：面板会按模型所见的样子显示一个示例，并高亮计入损失的词元；%5 只训练小型适配器，而不是整个模型。设置步数、序列长度、批大小和学习率（预设会自动填写）；开始之前，面板会显示本次运行所需的内存和时间。训练作为任务运行，关闭窗口后仍会继续：“运行”选项卡跟踪训练损失、每个来源的留出损失、学习率和速度，可以停止运行（停止前会先保存检查点），也可以从任何保留的检查点恢复。已完成的运行可以合并（将适配器合并到其基础模型，或将指令微调模型的%6加到领域模型上），并导出为 Hugging Face 文件夹或 %7 文件。“生成”用提示词试用某个检查点。%8 稍后介绍。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="115"/>
        <source>continued pre-training</source>
        <translation>继续预训练</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="123"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="131"/>
        <source>perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="132"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="144"/>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="136"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="69"/>
        <source>&lt;p&gt;A %1 cuts text into the pieces a model reads. A tokenizer trained on general text splits domain words (legal, medical, code) into many pieces; its %2 on your data shows how much.&lt;/p&gt;&lt;p&gt;The Tokenizer panel lists the project&apos;s tokenizers. &lt;b&gt;Train…&lt;/b&gt; makes a SentencePiece tokenizer (unigram or BPE) from a sample of your datasets; &lt;b&gt;Import…&lt;/b&gt; brings in the one of the model you adapt, from its folder (&lt;code&gt;tokenizer.model&lt;/code&gt; or &lt;code&gt;tokenizer.json&lt;/code&gt;). &lt;b&gt;Vocabulary&lt;/b&gt; lists and searches its pieces; &lt;b&gt;Playground&lt;/b&gt; shows how a text is cut, beside a second tokenizer if you like; &lt;b&gt;Fertility&lt;/b&gt; measures tokens per word of one or two tokenizers on your datasets and lists the words that cost the most tokens, split as the tokenizer splits them (the %3). &lt;b&gt;Shards&lt;/b&gt; tokenizes a dataset once into %4 that training reads; the same dataset and tokenizer reuse them, a changed one rebuilds them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1将文本切分为模型读取的词片。在通用文本上训练的分词器会把领域词汇（法律、医学、代码）切成许多词片；它在您的数据上的%2显示了切分的程度。&lt;/p&gt;&lt;p&gt;分词器面板列出项目中的分词器。&lt;b&gt;训练…&lt;/b&gt;从您的数据集样本中训练一个 SentencePiece 分词器（unigram 或 BPE）；&lt;b&gt;导入…&lt;/b&gt;从您要适配的模型的文件夹中导入其分词器（&lt;code&gt;tokenizer.model&lt;/code&gt; 或 &lt;code&gt;tokenizer.json&lt;/code&gt;）。&lt;b&gt;词表&lt;/b&gt;列出并搜索其词片；&lt;b&gt;试用区&lt;/b&gt;显示一段文本如何被切分，如有需要可与第二个分词器并排对比；&lt;b&gt;切分率&lt;/b&gt;测量一个或两个分词器在您的数据集上的每词词元数，并列出消耗词元最多的词，按分词器的切分方式显示（即%3）。&lt;b&gt;分片&lt;/b&gt;将数据集一次性分词为训练所读取的%4；相同的数据集和分词器会复用它们，有改动时则重新构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="83"/>
        <source>vocabulary gap</source>
        <translation>词表缺口</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="84"/>
        <source>token shards</source>
        <translation>词元分片</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="86"/>
        <source>&lt;p&gt;Decides what a run trains on before it starts. The &lt;b&gt;Plan&lt;/b&gt; tab lists the project&apos;s token shards (one row per dataset tokenized in the Tokenizer step): tick the sources to train on, give each a weight, and mark general data as %1 with the share of every batch it takes (about 5% for a weak shift, 25% for a strong one). Set the budget (total tokens, sequence length, batch, seed), optional end-of-training %2 of the domain and %3 (metadata conditioning, then a cooldown on plain text).&lt;/p&gt;&lt;p&gt;As you edit, the plan shows what it implies: the tokens and %4 of each source (more than 4 epochs is marked: repeated data stops helping), where a source runs out and starts repeating, warnings about the plan, and the mix over training as a picture of each source&apos;s share from start to end. Plans are saved in the project (&lt;code&gt;plans/&amp;lt;name&amp;gt;.json&lt;/code&gt;); &lt;b&gt;Train with this plan&lt;/b&gt; starts a training run that reads its data from the plan, followed in the Train step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在运行开始前决定它用什么数据训练。&lt;b&gt;方案&lt;/b&gt;选项卡列出项目的词元分片（在“分词器”步骤中分词的每个数据集占一行）：勾选要训练的来源，为每个来源设置权重，并把通用数据标记为%1，同时设定它在每个批次中所占的比例（弱迁移约 5%，强迁移约 25%）。设置预算（总词元数、序列长度、批大小、随机种子），以及可选的训练末期领域%2和%3（先元数据条件化，再在纯文本上冷却）。&lt;/p&gt;&lt;p&gt;编辑时，方案会即时显示其结果：每个来源的词元数和%4（超过 4 轮会被标出：重复数据不再有帮助）、某个来源在何处用尽并开始重复、关于方案的警告，以及训练过程中的配比——以图形显示每个来源从开始到结束的占比。方案保存在项目中（&lt;code&gt;plans/&amp;lt;name&amp;gt;.json&lt;/code&gt;）；&lt;b&gt;用此方案训练&lt;/b&gt;会启动一个从方案读取数据的训练运行，可在“训练”步骤中跟踪。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="97"/>
        <source>upsampling</source>
        <translation>上采样</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="98"/>
        <source>MeCo</source>
        <translation>MeCo</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="99"/>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="116"/>
        <source>supervised fine-tuning</source>
        <translation>监督微调</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="118"/>
        <location filename="../app/gui/help_content.cpp" line="130"/>
        <source>chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="119"/>
        <location filename="../app/gui/help_content.cpp" line="129"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="120"/>
        <source>instruction residual</source>
        <translation>指令残差</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="121"/>
        <location filename="../app/gui/help_content.cpp" line="198"/>
        <source>GGUF</source>
        <translation>GGUF</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="122"/>
        <source>Metadata conditioning</source>
        <translation>元数据条件化</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="124"/>
        <source>&lt;p&gt;The &lt;b&gt;Playground&lt;/b&gt; sends one prompt to two or more models side by side (the base, a continued pre-training run, an instruction-tuned run, a merge, each with or without a %1 adapter) and streams their answers token by token with the time each token took; the %2 can be applied or not. Measuring a checkpoint (held-out loss and %3 per source, multiple-choice accuracy) comes later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;试用区&lt;/b&gt;把同一个提示词并排发送给两个或更多模型（基础模型、一次继续预训练运行、一次指令微调运行、一个合并模型，各自可带或不带 %1 适配器），并逐个词元流式显示它们的回答以及每个词元的耗时；%2可以应用，也可以不应用。测量检查点（每个来源的留出损失和%3、多项选择准确率）稍后提供。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="133"/>
        <source>&lt;p&gt;Puts several %1 side by side: their metrics on one chart, the differences in their settings, and tables and charts to export. Not in the app yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将多个%1并排比较：它们的指标绘于同一图表、设置上的差异，以及可导出的表格和图表。应用中尚未提供。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="135"/>
        <source>runs</source>
        <comment>the plural, linked to the glossary</comment>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="137"/>
        <source>&lt;p&gt;Long work (scans, filtering, tokenizer training, training) runs as a separate process, a %1, and appears in the &lt;b&gt;Jobs&lt;/b&gt; dock with its progress and time left. &lt;b&gt;Stop&lt;/b&gt; asks it to finish cleanly. &lt;b&gt;Open log&lt;/b&gt; shows everything it printed and follows new lines while it runs. A failed job shows its exit code and the last lines of its log.&lt;/p&gt;&lt;p&gt;Closing the window does not stop a running job: reopen the project and it is found again. Every run keeps its spec, log and outputs in the project&apos;s &lt;code&gt;runs/&lt;/code&gt; folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;耗时较长的工作（扫描、过滤、分词器训练、训练）作为独立进程运行，即一个%1，并在&lt;b&gt;任务&lt;/b&gt;面板中显示进度和剩余时间。&lt;b&gt;停止&lt;/b&gt;会请求它正常结束。&lt;b&gt;打开日志&lt;/b&gt;显示它输出的全部内容，并在运行时跟随新行。失败的任务会显示其退出码和日志的最后几行。&lt;/p&gt;&lt;p&gt;关闭窗口不会停止正在运行的任务：重新打开项目即可再次找到它。每个运行都在项目的 &lt;code&gt;runs/&lt;/code&gt; 文件夹中保存其任务描述、日志和输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="151"/>
        <source>C4 rules</source>
        <translation>C4 规则</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="152"/>
        <source>&lt;p&gt;The cleaning rules used to build the Colossal Clean Crawled Corpus (Raffel et al., 2020): keep lines that end in terminal punctuation, drop lines that mention JavaScript or read like cookie and terms-of-use notices, and drop documents with &quot;lorem ipsum&quot;, a curly brace, or too few sentences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;构建 Colossal Clean Crawled Corpus（Raffel 等，2020）时使用的清洗规则：保留以结尾标点结束的行，删除提及 JavaScript 或看起来像 Cookie 和使用条款声明的行，并删除包含“lorem ipsum”、花括号或句子过少的文档。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="156"/>
        <source>Chat template</source>
        <translation>对话模板</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="157"/>
        <source>&lt;p&gt;How a conversation is written out for a model: the markers around each turn, such as &lt;code&gt;&amp;lt;|im_start|&amp;gt;user&lt;/code&gt; in ChatML or &lt;code&gt;[INST]&lt;/code&gt; in Llama-2. A model answers best in the template it was tuned with; its folder often names it (&lt;code&gt;chat_template&lt;/code&gt; in &lt;code&gt;tokenizer_config.json&lt;/code&gt;). In &lt;a href=&quot;#sft&quot;&gt;SFT&lt;/a&gt; only the answers and the marker that ends them are trained on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对话如何写成模型读取的文本：每轮对话前后的标记，例如 ChatML 中的 &lt;code&gt;&amp;lt;|im_start|&amp;gt;user&lt;/code&gt; 或 Llama-2 中的 &lt;code&gt;[INST]&lt;/code&gt;。模型用其微调时所用的模板回答效果最好；其文件夹通常会注明该模板（&lt;code&gt;tokenizer_config.json&lt;/code&gt; 中的 &lt;code&gt;chat_template&lt;/code&gt;）。在 &lt;a href=&quot;#sft&quot;&gt;SFT&lt;/a&gt; 中，只在回答及结束回答的标记上进行训练。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="162"/>
        <source>CPT (continued pre-training)</source>
        <translation>CPT（继续预训练）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="163"/>
        <source>&lt;p&gt;Training a general model further on domain text with its original objective, predicting the next token. It teaches the domain&apos;s words and facts; mixing in some general text (&lt;a href=&quot;#replay&quot;&gt;replay&lt;/a&gt;) keeps it from forgetting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;以原有目标（预测下一个词元）在领域文本上继续训练通用模型。它让模型学到该领域的词汇和事实；混入一些通用文本（&lt;a href=&quot;#replay&quot;&gt;回放&lt;/a&gt;）可防止遗忘。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="166"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="167"/>
        <source>&lt;p&gt;A corpus registered in the project under a name: your files (never copied or changed) and how to read them, or a file the project wrote when it filtered, deduplicated or selected another dataset (a derived dataset, with its &lt;a href=&quot;#provenance&quot;&gt;provenance&lt;/a&gt;). A dataset is made of &lt;a href=&quot;#document&quot;&gt;documents&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;以某个名称登记在项目中的语料库：您的文件（从不复制或更改）及其读取方式，或者项目在过滤、去重或从另一个数据集中选择时写入的文件（派生数据集，带有其&lt;a href=&quot;#provenance&quot;&gt;来源&lt;/a&gt;）。数据集由&lt;a href=&quot;#document&quot;&gt;文档&lt;/a&gt;组成。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="171"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="172"/>
        <source>&lt;p&gt;One unit of text as the reader delivers it: the text field of a JSON Lines &lt;a href=&quot;#record&quot;&gt;record&lt;/a&gt;, or a whole text file, a block between blank lines, or a line, as chosen on import. Quality signals, rules and duplicates are per document.&lt;/p&gt;</source>
        <translation>&lt;p&gt;读取器交付的一个文本单元：JSON Lines &lt;a href=&quot;#record&quot;&gt;记录&lt;/a&gt;的正文字段，或者按导入时的选择，整个文本文件、空行之间的一个文本块或一行。质量信号、规则和重复项都以文档为单位。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="175"/>
        <source>DSIR (data selection with importance resampling)</source>
        <translation>DSIR（基于重要性重采样的数据选择）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="176"/>
        <source>&lt;p&gt;Picks from a large raw pool the part that looks most like a small target dataset (Xie et al., 2023). Both are modelled as counts of hashed word n-grams; each chunk of the pool gets the weight p_target / p_raw, and k chunks are drawn by those weights. The &lt;a href=&quot;#kl&quot;&gt;KL divergence&lt;/a&gt; to the target before and after shows how much closer the selection is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;从大型原始数据池中挑出与小型目标数据集最相似的部分（Xie 等，2023）。两者都被建模为哈希词 n-gram 的计数；数据池中的每个分块获得权重 p_target / p_raw，并按这些权重抽取 k 个分块。选择前后与目标之间的 &lt;a href=&quot;#kl&quot;&gt;KL 散度&lt;/a&gt;表明所选数据接近目标的程度。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="181"/>
        <source>Epoch</source>
        <translation>轮次（epoch）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="182"/>
        <source>&lt;p&gt;One pass over a source: a run that trains on twice the tokens a source has reads it for two epochs, each document twice. A few epochs help almost as much as new data; beyond about 4, repeated data stops helping (Muennighoff et al., 2023), so the Mixture step marks it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对一个来源的一次完整遍历：若一次运行训练的词元数是某来源词元数的两倍，就会读取它两轮，每个文档读两遍。少数几轮的效果几乎与新数据相当；超过约 4 轮后，重复数据便不再有帮助（Muennighoff 等，2023），因此“数据配比”步骤会将其标出。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="185"/>
        <source>Exact duplicate</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="186"/>
        <source>&lt;p&gt;A document whose text is identical to another&apos;s (same hash of the whole text). Deduplication keeps the first and removes the others.&lt;/p&gt;</source>
        <translation>&lt;p&gt;文本与另一文档完全相同的文档（整个文本的哈希相同）。去重会保留第一个，并移除其余的。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="188"/>
        <source>Fertility</source>
        <translation>切分率（每词词元数）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="189"/>
        <source>&lt;p&gt;How many tokens a &lt;a href=&quot;#tokenizer&quot;&gt;tokenizer&lt;/a&gt; needs per word of a text. Lower is better: the model sees more text per token. A general tokenizer often has a high fertility on domain text, which a tokenizer trained on that domain lowers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;#tokenizer&quot;&gt;分词器&lt;/a&gt;处理一段文本时每个词需要的词元数。越低越好：模型每个词元能看到更多文本。通用分词器在领域文本上的切分率通常较高，在该领域上训练的分词器可以降低它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="192"/>
        <source>Gopher rules</source>
        <translation>Gopher 规则</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="193"/>
        <source>&lt;p&gt;Quality heuristics from DeepMind&apos;s Gopher paper (Rae et al., 2021), used to clean web text: a document should have 50 to 100,000 words, a mean word length of 3 to 10 characters, few hash signs and ellipses, few bullet lines, mostly words with a letter, and some common stop words. The repetition rules remove documents made of repeated lines, paragraphs or n-grams.&lt;/p&gt;</source>
        <translation>&lt;p&gt;来自 DeepMind 的 Gopher 论文（Rae 等，2021）的质量启发式规则，用于清洗网页文本：一个文档应有 50 到 100,000 个词，平均词长为 3 到 10 个字符，# 号和省略号较少，项目符号行较少，大部分词含有字母，并包含一些常见停用词。重复规则会移除由重复的行、段落或 n-gram 构成的文档。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="199"/>
        <source>&lt;p&gt;The single-file model format llama.cpp and Ollama run: the weights (F32 or F16 here) with the architecture and the tokenizer written into the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;llama.cpp 和 Ollama 运行的单文件模型格式：权重（此处为 F32 或 F16），连同架构和分词器一起写入文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="201"/>
        <source>Instruction residual</source>
        <translation>指令残差</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="202"/>
        <source>&lt;p&gt;What instruction tuning changed in a model: the instruction-tuned weights minus the base weights. Added to a model that continued pre-training on domain text from the same base (Hirano and Imajo, 2024), it gives that model the habit of following instructions without instruction data; lambda scales how much is added (1 by default).&lt;/p&gt;</source>
        <translation>&lt;p&gt;指令微调给模型带来的变化：指令微调后的权重减去基础权重。将其加到一个从同一基础模型出发、在领域文本上继续预训练的模型上（Hirano 和 Imajo，2024），无需指令数据即可让该模型养成遵循指令的习惯；lambda 控制加入的多少（默认为 1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="206"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard 相似度</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="207"/>
        <source>&lt;p&gt;How much two sets overlap: the size of their intersection divided by the size of their union, from 0 (nothing shared) to 1 (the same). Here the sets are a document&apos;s shingles, runs of five words, so two documents with a Jaccard similarity of 0.8 share most of their wording.&lt;/p&gt;</source>
        <translation>&lt;p&gt;两个集合的重叠程度：交集的大小除以并集的大小，范围从 0（毫无共同之处）到 1（完全相同）。这里的集合是文档的 shingle，即连续五个词构成的片段，因此 Jaccard 相似度为 0.8 的两个文档共享大部分措辞。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="211"/>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="212"/>
        <source>&lt;p&gt;Kullback–Leibler divergence: how different one probability distribution is from another; 0 when they are the same. &lt;a href=&quot;#dsir&quot;&gt;DSIR&lt;/a&gt; reports it between the target&apos;s n-gram distribution and the data&apos;s, before and after selection; a larger reduction means the selected data is closer to the target.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kullback–Leibler 散度：一个概率分布与另一个概率分布的差异程度；两者相同时为 0。&lt;a href=&quot;#dsir&quot;&gt;DSIR&lt;/a&gt; 会报告选择前后目标的 n-gram 分布与数据的 n-gram 分布之间的 KL 散度；降低得越多，说明所选数据越接近目标。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="216"/>
        <source>LoRA (low-rank adaptation)</source>
        <translation>LoRA（低秩适配）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="217"/>
        <source>&lt;p&gt;Fine-tuning that leaves the model&apos;s weights as they are and trains two small matrices beside chosen layers instead (Hu et al., 2021): a fraction of the parameters, so it needs far less memory. The result is an adapter folder that Hugging Face PEFT loads; it can be merged into the model for good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一种微调方法：保持模型权重不变，转而在选定的层旁训练两个小矩阵（Hu 等，2021）：只占参数的一小部分，因此所需内存少得多。结果是一个 Hugging Face PEFT 可以加载的适配器文件夹；也可以将其永久合并到模型中。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="221"/>
        <source>LSH (locality-sensitive hashing)</source>
        <translation>LSH（局部敏感哈希）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="222"/>
        <source>&lt;p&gt;A way to find similar documents without comparing every pair. Each &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; signature is cut into b bands of r rows; two documents become candidates when any band matches. Pairs with a &lt;a href=&quot;#jaccard&quot;&gt;Jaccard similarity&lt;/a&gt; above about (1/b)^(1/r) are almost always caught, pairs well below it almost never.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一种无需比较每一对文档即可找到相似文档的方法。每个 &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; 签名被切分为 b 个带，每带 r 行；只要有任一带匹配，两个文档就成为候选对。&lt;a href=&quot;#jaccard&quot;&gt;Jaccard 相似度&lt;/a&gt;高于约 (1/b)^(1/r) 的文档对几乎总能被捕获，远低于该值的几乎从不会被捕获。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="227"/>
        <source>MeCo (metadata conditioning then cooldown)</source>
        <translation>MeCo（先元数据条件化，后冷却）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="228"/>
        <source>&lt;p&gt;A training recipe (Gao et al., 2025): for most of training each document is preceded by its metadata, such as its URL or source, so the model learns what kind of text it is reading; the last part of training (the cooldown) uses plain text, so the model works without metadata.&lt;/p&gt;&lt;p&gt;The prefix (&quot;URL: en.wikipedia.org&quot; and a blank line, or &quot;Source: foldoc&quot;) is read but not trained on; documents without the field are trained plainly. The cooldown, 10% of the steps by default, keeps the optimizer state and the learning-rate schedule. A MeCo run reports two held-out losses: on plain documents (how the model is used) and with the prefixes. Generation and scoring can be conditioned on metadata too (the Playground&apos;s &quot;Condition on metadata&quot;, &lt;tt&gt;adaptlab-cli generate --metadata&lt;/tt&gt;). The paper&apos;s ablations: no cooldown, and hashed metadata (a stable code instead of the words, which keeps the grouping only).&lt;/p&gt;</source>
        <translation>&lt;p&gt;一种训练方法（Gao 等，2025）：在训练的大部分时间里，每个文档前面都加上它的元数据，例如 URL 或来源，让模型了解自己正在读的是哪类文本；训练的最后一段（冷却）使用纯文本，使模型在没有元数据时也能正常工作。&lt;/p&gt;&lt;p&gt;前缀（“URL: en.wikipedia.org”加一个空行，或“Source: foldoc”）会被读取，但不参与训练；没有该字段的文档按普通方式训练。冷却默认占 10% 的步数，沿用优化器状态和学习率调度。MeCo 运行会报告两个留出损失：纯文档上的（即模型实际使用时的情形）和带前缀的。生成和打分也可以以元数据为条件（试用区的“以元数据为条件”，&lt;tt&gt;adaptlab-cli generate --metadata&lt;/tt&gt;）。论文中的消融实验：不冷却，以及哈希化元数据（用稳定的编码代替原词，只保留分组信息）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="270"/>
        <source>&lt;p&gt;Mixing some general data back into domain training so the model does not forget what it knew (catastrophic forgetting). A few percent of general text is often enough: about 5% of every batch for a weak shift (more of the same language), about 25% for a strong one (a new language or a distant domain) (Ibrahim et al., 2024).&lt;/p&gt;</source>
        <translation>&lt;p&gt;在领域训练中重新混入一些通用数据，使模型不会忘记已有的知识（灾难性遗忘）。通常几个百分点的通用文本就够了：弱迁移（更多同一种语言的数据）时约占每个批次的 5%，强迁移（新语言或相距较远的领域）时约占 25%（Ibrahim 等，2024）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="304"/>
        <source>Upsampling (end of training)</source>
        <translation>上采样（训练末期）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="305"/>
        <source>&lt;p&gt;Raising the domain&apos;s share of the data for the last part of training only, typically the final 10–20% of the steps, while the learning rate decays (Blakeney et al., 2024). It sharpens the domain without the forgetting that a whole run on domain data causes; it is never the whole run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;仅在训练的最后一段提高领域数据的占比，通常是最后 10–20% 的步数，此时学习率正在衰减（Blakeney 等，2024）。这样能强化领域能力，又不会像整个运行都用领域数据那样造成遗忘；它从不覆盖整个运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="309"/>
        <source>Scaling law (mixture ratio)</source>
        <translation>缩放定律（配比）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="310"/>
        <source>&lt;p&gt;A formula fitted to a few short pilot runs that predicts the domain and the general held-out loss from the domain&apos;s share of the data. &lt;b&gt;D-CPT&lt;/b&gt; (Que et al., 2024) also models the amount of training data; &lt;b&gt;CMR&lt;/b&gt; (Gu et al., 2024) fits each loss as a·R&lt;sup&gt;s&lt;/sup&gt; + b of the domain share R at the final token count. The &lt;b&gt;critical mixture ratio&lt;/b&gt; is the largest domain share that keeps the general loss within a small margin (0.05) of the loss without domain data. A recommendation is only made when the fit is good (R² and Huber loss are shown); with a poor fit, run more or longer pilots.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用几次简短的试点运行拟合出的公式，根据领域数据所占比例预测领域留出损失和通用留出损失。&lt;b&gt;D-CPT&lt;/b&gt;（Que 等，2024）还对训练数据量建模；&lt;b&gt;CMR&lt;/b&gt;（Gu 等，2024）在最终词元数下，将每个损失拟合为领域占比 R 的函数 a·R&lt;sup&gt;s&lt;/sup&gt; + b。&lt;b&gt;临界配比&lt;/b&gt;是使通用损失与无领域数据时的损失相差不超过一个小幅度（0.05）的最大领域占比。只有拟合良好时才会给出推荐（会显示 R² 和 Huber 损失）；拟合不佳时，请运行更多或更长的试点运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="317"/>
        <source>Clustering (domain discovery)</source>
        <translation>聚类（领域发现）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="318"/>
        <source>&lt;p&gt;Grouping documents by what they are about without labels: each document is turned into a vector by a model of the project (the mean of its last hidden states), and k-means puts similar vectors together. Each cluster&apos;s most distinctive words and examples say what it holds; clusters can be saved as datasets and mixed like any other source (as in CLIMB, Diao et al., 2025).&lt;/p&gt;</source>
        <translation>&lt;p&gt;在没有标签的情况下按主题对文档分组：项目中的某个模型把每个文档转换成一个向量（其最后一层隐藏状态的均值），k-means 再把相似的向量归到一起。每个簇最具区分度的词和示例说明它包含什么；簇可以保存为数据集，并像其他来源一样参与配比（如 CLIMB，Diao 等，2025）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="241"/>
        <source>&lt;p&gt;A short signature of a document&apos;s set of shingles (runs of words) with one property: the chance that two signatures agree at a position equals the &lt;a href=&quot;#jaccard&quot;&gt;Jaccard similarity&lt;/a&gt; of the two sets. Signatures are compared with &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt; to find &lt;a href=&quot;#near-duplicate&quot;&gt;near duplicates&lt;/a&gt; quickly.&lt;/p&gt;</source>
        <translation>&lt;p&gt;文档 shingle 集合（连续词片段）的简短签名，具有这样一个性质：两个签名在某个位置上一致的概率等于两个集合的 &lt;a href=&quot;#jaccard&quot;&gt;Jaccard 相似度&lt;/a&gt;。签名通过 &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt; 进行比较，从而快速找出&lt;a href=&quot;#near-duplicate&quot;&gt;近似重复&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="245"/>
        <source>Near duplicate</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="246"/>
        <source>&lt;p&gt;A document that is almost the same as another: the same page with a different date or footer, a mirror, a lightly edited copy. Found with &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; and &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt;; deduplication keeps one document per cluster of near duplicates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与另一文档几乎相同的文档：日期或页脚不同的同一页面、镜像页面、稍作编辑的副本。通过 &lt;a href=&quot;#minhash&quot;&gt;MinHash&lt;/a&gt; 和 &lt;a href=&quot;#lsh&quot;&gt;LSH&lt;/a&gt; 找出；去重会在每个近似重复簇中保留一个文档。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="250"/>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="251"/>
        <source>&lt;p&gt;How surprised a language model is by a text: the exponential of its mean loss per token. Lower is better. Comparing it per source shows what a model learned and what it forgot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;语言模型对一段文本的“意外”程度：每个词元平均损失的指数。越低越好。按来源比较困惑度，可以看出模型学到了什么、遗忘了什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="254"/>
        <source>Provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="255"/>
        <source>&lt;p&gt;How a derived dataset was made: the dataset it came from, the operation (filter, deduplicate, select, sample), its settings (rules and thresholds, bands and rows, target and k, seed) and the run that made it. It is recorded with the dataset and stays when the source dataset is removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;派生数据集的生成方式：它来自哪个数据集、所做的操作（过滤、去重、选择、抽样）、操作的设置（规则和阈值、带数和行数、目标和 k、随机种子），以及生成它的运行。来源随数据集一起记录，即使源数据集被移除也会保留。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="259"/>
        <source>Quality rule</source>
        <translation>质量规则</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="260"/>
        <source>&lt;p&gt;A threshold on a per-document quality signal, such as &quot;at least 50 words&quot; or &quot;at most 30% duplicate lines&quot;. A document that fails any enabled rule is removed by Filter. The rules come from the &lt;a href=&quot;#gopher&quot;&gt;Gopher&lt;/a&gt; and &lt;a href=&quot;#c4&quot;&gt;C4&lt;/a&gt; recipes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;针对单个文档质量信号的阈值，例如“至少 50 个词”或“重复行至多 30%”。未通过任一条已启用规则的文档会在过滤时被移除。这些规则来自 &lt;a href=&quot;#gopher&quot;&gt;Gopher&lt;/a&gt; 和 &lt;a href=&quot;#c4&quot;&gt;C4&lt;/a&gt; 的方案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="264"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="265"/>
        <source>&lt;p&gt;One entry of the input as stored: a line of a JSON Lines file, or the raw text a plain text file is split into. A good record becomes a &lt;a href=&quot;#document&quot;&gt;document&lt;/a&gt;; a broken one (invalid JSON, no text field, invalid UTF-8, too long) is skipped and counted with its file and line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;输入中按存储形式划分的一个条目：JSON Lines 文件中的一行，或纯文本文件被拆分成的一段原始文本。有效的记录会成为一个&lt;a href=&quot;#document&quot;&gt;文档&lt;/a&gt;；损坏的记录（无效 JSON、缺少正文字段、无效 UTF-8、过长）会被跳过，并连同其文件和行号一起计数。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="269"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="274"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="275"/>
        <source>&lt;p&gt;One job started in the project: a scan, a filter, a tokenizer training, a training run. Each has a number and a folder &lt;code&gt;runs/&amp;lt;number&amp;gt;/&lt;/code&gt; with its spec, log and results; its status is running, done, failed or stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在项目中启动的一个任务：一次扫描、一次过滤、一次分词器训练、一次训练运行。每个运行都有一个编号和一个文件夹 &lt;code&gt;runs/&amp;lt;编号&amp;gt;/&lt;/code&gt;，其中保存其任务描述、日志和结果；其状态为运行中、已完成、失败或已停止。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="278"/>
        <source>SFT (supervised fine-tuning)</source>
        <translation>SFT（监督微调）</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="279"/>
        <source>&lt;p&gt;Training on examples of instructions and the answers wanted, with the loss on the answers only, so the model learns to follow instructions in the domain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在指令示例及期望的回答上进行训练，损失只在回答部分计算，使模型学会在该领域中遵循指令。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="281"/>
        <source>Signals file</source>
        <translation>信号文件</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="282"/>
        <source>&lt;p&gt;The file &lt;code&gt;datasets/&amp;lt;name&amp;gt;.signals&lt;/code&gt; a scan writes: for every document its position in the corpus, every quality signal, its hash and its MinHash bands. Thresholds are re-counted and duplicates found from it without reading the text again. Removing the dataset deletes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;扫描写入的文件 &lt;code&gt;datasets/&amp;lt;名称&amp;gt;.signals&lt;/code&gt;：其中包含每个文档在语料库中的位置、每个质量信号、其哈希及其 MinHash 带。据此即可重新统计阈值并查找重复项，无需再次读取文本。移除数据集时会删除此文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="287"/>
        <source>&lt;p&gt;Cuts text into tokens, the pieces of words a model reads, and back. AdaptLab trains SentencePiece tokenizers (unigram or BPE) on your datasets and measures their &lt;a href=&quot;#fertility&quot;&gt;fertility&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;将文本切分为词元（模型读取的词片段），也能将其还原为文本。AdaptLab 会在您的数据集上训练 SentencePiece 分词器（unigram 或 BPE），并测量其&lt;a href=&quot;#fertility&quot;&gt;切分率&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="290"/>
        <source>Vocabulary gap</source>
        <translation>词表缺口</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="291"/>
        <source>&lt;p&gt;The words of a dataset that a tokenizer has no piece for, so it spells them in several pieces (&lt;code&gt;hyperparameter&lt;/code&gt; as &lt;code&gt;hyper|param|eter&lt;/code&gt;). The list ranks them by the tokens they cost in total (how often they occur times their pieces): the top of the list is where a domain tokenizer, or added tokens, would save most.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据集中分词器没有对应词片的词，因此分词器要用多个词片拼写它们（&lt;code&gt;hyperparameter&lt;/code&gt; 被切成 &lt;code&gt;hyper|param|eter&lt;/code&gt;）。列表按它们总共消耗的词元数排序（出现次数乘以词片数）：列表顶部正是领域分词器或新增词元能节省最多的地方。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="295"/>
        <source>Token shard</source>
        <translation>词元分片</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="296"/>
        <source>&lt;p&gt;A dataset already cut into tokens, in a file training reads directly: the token ids, where each document starts, and which file and metadata each came from, with a checksum. Built once per dataset and tokenizer, so no training run tokenizes again; a held-out part for measuring is written at the same time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;已切分为词元的数据集，保存在训练可直接读取的文件中：包括词元 ID、每个文档的起始位置，以及每个文档来自哪个文件和哪些元数据，并附有校验和。每个数据集和分词器只构建一次，因此任何训练运行都无需再次分词；同时还会写出一个用于测量的留出部分。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="300"/>
        <source>Byte fallback</source>
        <translation>字节回退</translation>
    </message>
    <message>
        <location filename="../app/gui/help_content.cpp" line="301"/>
        <source>&lt;p&gt;How a tokenizer spells a character it has no piece for: as its UTF-8 bytes, one token each, instead of an unknown token. Nothing is lost, but such characters cost several tokens; a high share on a dataset means the tokenizer does not know its script or symbols.&lt;/p&gt;</source>
        <translation>&lt;p&gt;分词器拼写没有对应词片的字符的方式：使用该字符的 UTF-8 字节，每个字节一个词元，而不是使用未知词元。不会丢失任何内容，但这类字符要消耗多个词元；如果在某个数据集上占比很高，说明分词器不认识其文字或符号。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobParams</name>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="161"/>
        <source>Which duplicates to remove: exact copies, near duplicates, or both.</source>
        <translation>要移除哪些重复项：完全副本、近似重复，或两者。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="163"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="122"/>
        <source>bands</source>
        <translation>带</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="164"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="123"/>
        <source>MinHash-LSH bands: more bands catch more near-duplicate pairs.</source>
        <translation>MinHash-LSH 带数：带越多，发现的近似重复对越多。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="166"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="126"/>
        <location filename="../core/jobs/train_job.cpp" line="937"/>
        <location filename="../core/jobs/train_job.cpp" line="940"/>
        <location filename="../core/jobs/train_job.cpp" line="977"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="167"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="127"/>
        <source>Rows per band: more rows demand more similarity before two documents are compared.</source>
        <translation>每带行数：行越多，两个文档需要越相似才会被比较。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="169"/>
        <source>Seed of the MinHash functions; the scan&apos;s seed lets dedup reuse its hashes.</source>
        <translation>MinHash 函数的随机种子；使用扫描时的随机种子，去重即可复用扫描的哈希。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_dedup_job.cpp" line="171"/>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="129"/>
        <source>Estimated Jaccard similarity from which a document counts as a near duplicate; default: the S-curve&apos;s midpoint for these bands and rows.</source>
        <translation>估计的 Jaccard 相似度，达到此值的文档视为近似重复；默认值：这些带数和行数下 S 曲线的中点。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_filter_job.cpp" line="176"/>
        <source>Changes to the default quality rules: a list of {key, enabled, threshold}.</source>
        <translation>对默认质量规则的修改：由 {key, enabled, threshold} 组成的列表。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_filter_job.cpp" line="179"/>
        <source>Also drop the lines C4&apos;s line rules reject from the kept documents.</source>
        <translation>同时从保留的文档中删除 C4 行规则拒绝的行。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="117"/>
        <source>A JSON Lines file to write with every document&apos;s signals, one line each.</source>
        <translation>写入每个文档信号的 JSON Lines 文件，每个文档一行。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_inspect_job.cpp" line="119"/>
        <source>Where to keep the binary signals file of files that are no project dataset.</source>
        <translation>不属于项目数据集的文件，其二进制信号文件的存放位置。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="298"/>
        <source>The project dataset to read (or name files in inputs).</source>
        <translation>要读取的项目数据集（或在 inputs 中指定文件）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="300"/>
        <source>Corpus files or folders to read as one corpus (instead of a dataset).</source>
        <translation>作为一个语料库读取的语料库文件或文件夹（代替数据集）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="312"/>
        <source>The name of the new project dataset to write.</source>
        <translation>要写入的新项目数据集的名称。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="314"/>
        <source>A .jsonl.zst file to write instead of a project dataset.</source>
        <translation>代替项目数据集写入的 .jsonl.zst 文件。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="319"/>
        <source>threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_job_common.cpp" line="320"/>
        <source>Worker threads; 0 uses every core available.</source>
        <translation>工作线程数；0 表示使用所有可用核心。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="132"/>
        <source>The tokenizer: a SentencePiece .model, a tokenizer.json, or a model folder holding either.</source>
        <translation>分词器：SentencePiece .model 文件、tokenizer.json，或包含其中之一的模型文件夹。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="137"/>
        <location filename="../core/jobs/cluster_job.cpp" line="475"/>
        <location filename="../core/jobs/cluster_job.cpp" line="481"/>
        <location filename="../core/jobs/corpus_sample_job.cpp" line="90"/>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="198"/>
        <location filename="../core/jobs/train_job.cpp" line="967"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="291"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="294"/>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="138"/>
        <source>How many documents go to the held-out shard instead of training, chosen at random (seeded).</source>
        <translation>随机（按种子）选出、放入留出分片而不用于训练的文档数。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="140"/>
        <source>Seed of the held-out choice: the same seed and inputs give the same split.</source>
        <translation>留出选择的随机种子：相同的种子和输入会得到相同的划分。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="142"/>
        <source>A JSON field kept with each document (url keeps the host, for metadata conditioning).</source>
        <translation>随每个文档保留的 JSON 字段（url 会保留主机名，用于元数据条件化）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="145"/>
        <source>Threads that tokenize (0: every core).</source>
        <translation>执行分词的线程数（0：使用所有核心）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="147"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="148"/>
        <source>A shard file holds about this many MiB of tokens; more go to the next file.</source>
        <translation>每个分片文件约容纳这么多 MiB 的词元；超出部分写入下一个文件。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="151"/>
        <source>The folder the shards go to (default: the project&apos;s shards/&lt;dataset&gt;/&lt;tokenizer&gt;-&lt;options&gt;).</source>
        <translation>分片的存放文件夹（默认：项目的 shards/&lt;dataset&gt;/&lt;tokenizer&gt;-&lt;options&gt;）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_sample_job.cpp" line="91"/>
        <source>How many documents to sample (all of them when the corpus has fewer).</source>
        <translation>要抽取的文档数（语料库中的文档较少时全部抽取）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_sample_job.cpp" line="94"/>
        <source>Seed of the sample: the same seed draws the same documents.</source>
        <translation>抽样的随机种子：相同的种子抽取相同的文档。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="332"/>
        <source>The project dataset the selection should resemble.</source>
        <translation>所选数据应与之相似的项目数据集。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="335"/>
        <source>Corpus files or folders the selection should resemble (instead of a target dataset).</source>
        <translation>所选数据应与之相似的语料库文件或文件夹（代替目标数据集）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="338"/>
        <source>chunks or documents</source>
        <translation>分块或文档</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="339"/>
        <source>How many chunks (or whole documents) to select.</source>
        <translation>要选择的分块数（或整篇文档数）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="342"/>
        <source>Seed of the Gumbel noise: the same seed selects the same chunks.</source>
        <translation>Gumbel 噪声的随机种子：相同的种子选出相同的分块。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="345"/>
        <source>Sample by weight (Gumbel noise); off takes the k highest weights.</source>
        <translation>按权重抽样（Gumbel 噪声）；关闭时取权重最高的 k 个。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="347"/>
        <source>Count word bigrams as well as single words.</source>
        <translation>除单个词外，也统计词 bigram。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="350"/>
        <source>buckets</source>
        <translation>哈希桶</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="351"/>
        <source>Hash buckets of the n-gram features: more buckets, fewer collisions, more memory (8 bytes each, five arrays).</source>
        <translation>n-gram 特征的哈希桶：桶越多，冲突越少，占用内存越多（每个 8 字节，共五个数组）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="353"/>
        <location filename="../core/jobs/corpus_select_job.cpp" line="356"/>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="203"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="354"/>
        <source>Long documents are cut into chunks of about this many words; 0 selects whole documents.</source>
        <translation>长文档会被切成约这么多词的分块；0 表示选择整篇文档。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="357"/>
        <source>A chunk at the end of a document shorter than this many words is dropped (a few words give a noisy weight).</source>
        <translation>文档末尾少于这么多词的分块会被丢弃（词太少，权重噪声大）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="360"/>
        <source>Added to every bucket count before the distributions are normalised.</source>
        <translation>在分布归一化之前加到每个哈希桶的计数上。</translation>
    </message>
    <message>
        <location filename="../core/jobs/corpus_select_job.cpp" line="363"/>
        <source>A text file to write every document&apos;s log importance weight to, one line each.</source>
        <translation>写入每个文档对数重要性权重的文本文件，每个文档一行。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="144"/>
        <source>Project datasets to read, by name.</source>
        <translation>要读取的项目数据集，按名称指定。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="145"/>
        <source>Project datasets to measure on, by name (not trained on).</source>
        <translation>用于测量的项目数据集，按名称指定（不用于训练）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="148"/>
        <source>Corpus files to read, each on its own.</source>
        <translation>要读取的语料库文件，每个文件单独读取。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="149"/>
        <source>Corpus files to measure on (not trained on).</source>
        <translation>用于测量的语料库文件（不用于训练）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_inputs.cpp" line="153"/>
        <source>One corpus file to read (the same as a single entry of files).</source>
        <translation>要读取的单个语料库文件（相当于 files 中的一个条目）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/build_shards_job.cpp" line="135"/>
        <location filename="../core/jobs/job_registry.cpp" line="48"/>
        <location filename="../core/jobs/scan_dataset_job.cpp" line="122"/>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="196"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="282"/>
        <source>The JSON field that holds a document&apos;s text.</source>
        <translation>包含文档正文的 JSON 字段。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="50"/>
        <source>JSON fields kept with each document as metadata (url, source, ...).</source>
        <translation>随每个文档作为元数据保留的 JSON 字段（url、source 等）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="53"/>
        <source>Keep every other scalar field as metadata (the default when no metadata fields are named).</source>
        <translation>将其余所有标量字段作为元数据保留（未指定元数据字段时的默认行为）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="57"/>
        <source>How a plain-text file splits into documents: the whole file, blocks between blank lines, or lines.</source>
        <translation>纯文本文件如何拆分为文档：整个文件、空行之间的文本块，或逐行。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="60"/>
        <source>Which files of a folder are read (a shell pattern such as *.jsonl).</source>
        <translation>读取文件夹中的哪些文件（shell 通配模式，例如 *.jsonl）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/job_registry.cpp" line="63"/>
        <source>Also read the files in the folder&apos;s subfolders.</source>
        <translation>同时读取该文件夹各子文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="882"/>
        <source>The model to start from: preset:NAME (from scratch), a Hugging Face folder, or a run&apos;s checkpoint folder.</source>
        <translation>起始模型：preset:NAME（从头训练）、Hugging Face 文件夹，或某次运行的检查点文件夹。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="884"/>
        <source>The tokenizer (.model, tokenizer.json or a folder); default: the base model&apos;s own. A preset needs one.</source>
        <translation>分词器（.model、tokenizer.json 或文件夹）；默认：基础模型自带的分词器。使用预设时必须指定。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="886"/>
        <source>cpt: continued pre-training on domain text (sources); sft: supervised fine-tuning on instruction data (sft_data), loss on the answers only.</source>
        <translation>cpt：在领域文本（sources）上继续预训练；sft：在指令数据（sft_data）上监督微调，损失只在回答部分计算。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="888"/>
        <source>The domain data: a list of {&quot;dataset&quot; or &quot;path&quot;, &quot;name&quot;, &quot;text_field&quot;, &quot;weight&quot;}, mixed by weight.</source>
        <translation>领域数据：由 {&quot;dataset&quot; 或 &quot;path&quot;, &quot;name&quot;, &quot;text_field&quot;, &quot;weight&quot;} 组成的列表，按权重混合。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="891"/>
        <source>Stage sft: the instruction data, a list of {&quot;dataset&quot; or &quot;path&quot;, &quot;format&quot;, &quot;name&quot;, &quot;fields&quot;}.</source>
        <translation>sft 阶段：指令数据，由 {&quot;dataset&quot; 或 &quot;path&quot;, &quot;format&quot;, &quot;name&quot;, &quot;fields&quot;} 组成的列表。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="894"/>
        <source>Stage sft: the shape of instruction records whose entry names none: alpaca (instruction, input, output), chat (messages) or sharegpt (conversations).</source>
        <translation>sft 阶段：条目未指定形式时指令记录的形式：alpaca（instruction、input、output）、chat（messages）或 sharegpt（conversations）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="897"/>
        <source>Stage sft: how conversations become tokens; the model learns this format, so generate with the same one.</source>
        <translation>sft 阶段：对话如何转换为词元；模型会学会这种格式，因此生成时请使用同一格式。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="900"/>
        <source>Stage sft: several examples per row, each attending only to itself (faster); off: one example per row.</source>
        <translation>sft 阶段：每行放多个示例，每个示例只关注自身（更快）；关闭：每行一个示例。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="903"/>
        <source>Stage sft: share of the examples kept out of training to measure the held-out answer loss on.</source>
        <translation>sft 阶段：不参与训练、用于测量留出回答损失的示例比例。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="905"/>
        <source>LoRA: the adapters&apos; rank; 0 trains every weight (full fine-tuning). With LoRA the base stays frozen and the run writes adapter/.</source>
        <translation>LoRA：适配器的秩；0 表示训练所有权重（全量微调）。使用 LoRA 时基础模型保持冻结，运行会写出 adapter/。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="907"/>
        <source>LoRA: the adapters&apos; update is scaled by alpha / rank.</source>
        <translation>LoRA：适配器的更新量按 alpha / 秩缩放。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="909"/>
        <source>LoRA: dropout on the adapters&apos; input while training.</source>
        <translation>LoRA：训练时对适配器输入施加的 dropout。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="911"/>
        <source>LoRA: the projections that get adapters: q, k, v, o (attention), gate, up, down (MLP).</source>
        <translation>LoRA：加装适配器的投影：q、k、v、o（注意力），gate、up、down（MLP）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="914"/>
        <source>A mixture plan (plans/NAME.json, from the Mixture panel) instead of sources and replay: its token shards, weights, replay, end-of-training upsampling and MeCo; it also sets sequence length, batch, steps and seed unless you do.</source>
        <translation>用一个配比方案（plans/NAME.json，来自“数据配比”面板）代替来源和回放：包括其词元分片、权重、回放、训练末期上采样和 MeCo；除非您另行指定，它还会设定序列长度、批大小、步数和随机种子。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="917"/>
        <source>General data mixed back in against forgetting: {&quot;dataset&quot; or &quot;path&quot;, &quot;name&quot;, &quot;fraction&quot;} (e.g. 0.1).</source>
        <translation>为防止遗忘而回混的通用数据：{&quot;dataset&quot; 或 &quot;path&quot;, &quot;name&quot;, &quot;fraction&quot;}（例如 0.1）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="920"/>
        <source>MeCo: documents start with their metadata (&quot;URL: host&quot;, or another field) for most of the run, then a cooldown on plain documents; the model can be steered by metadata yet works without it.</source>
        <translation>MeCo：在运行的大部分时间里，文档以其元数据开头（“URL: host”或其他字段），随后在纯文档上冷却；模型可以通过元数据引导，没有元数据也能工作。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="922"/>
        <source>MeCo: the metadata field of the documents (url: the URL&apos;s host; source, topic, ...). Documents without it train plainly.</source>
        <translation>MeCo：文档的元数据字段（url：URL 的主机名；source、topic 等）。没有该字段的文档按普通方式训练。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="924"/>
        <source>MeCo: the prefix&apos;s label (default: URL for url, else the field&apos;s name capitalised).</source>
        <translation>MeCo：前缀的标签（默认：url 字段用 URL，否则为首字母大写的字段名）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="926"/>
        <source>MeCo ablation: the metadata replaced by a stable hash (keeps the grouping, not the words).</source>
        <translation>MeCo 消融：用稳定的哈希值替换元数据（保留分组，不保留原词）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="929"/>
        <source>MeCo: share of the final steps trained on plain documents, same optimizer and schedule (0: the no-cooldown ablation).</source>
        <translation>MeCo：最后在纯文档上训练的步数比例，使用相同的优化器和调度（0：不冷却的消融）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="931"/>
        <location filename="../core/jobs/train_job.cpp" line="970"/>
        <location filename="../core/jobs/train_job.cpp" line="973"/>
        <location filename="../core/jobs/train_job.cpp" line="981"/>
        <source>steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="932"/>
        <source>Optimizer steps to train; tokens = steps x batch x sequence length.</source>
        <translation>要训练的优化器步数；词元数 = 步数 × 批大小 × 序列长度。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="466"/>
        <source>The model whose mean last hidden state embeds each document: a Hugging Face folder, a checkpoint, or a run folder.</source>
        <translation>用其最后一层隐藏状态的均值来嵌入每个文档的模型：Hugging Face 文件夹、检查点或运行文件夹。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="469"/>
        <source>clusters</source>
        <translation>簇</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="470"/>
        <source>How many clusters k-means makes.</source>
        <translation>k-means 生成的簇数。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="472"/>
        <source>Seed of the k-means++ start: the same seed gives the same clusters.</source>
        <translation>k-means++ 初始化的随机种子：相同的种子得到相同的簇。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="476"/>
        <source>How many documents are clustered: the first ones of the dataset.</source>
        <translation>参与聚类的文档数：取数据集开头的这些文档。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="478"/>
        <location filename="../core/jobs/train_job.cpp" line="934"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="287"/>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="479"/>
        <source>Only the first tokens of a document are embedded.</source>
        <translation>只嵌入文档开头的这些词元。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="482"/>
        <source>Documents per forward pass (more is faster, needs more memory).</source>
        <translation>每次前向传播的文档数（越多越快，但需要更多内存）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="485"/>
        <source>Lloyd iterations of k-means at most (it stops earlier when the centroids settle).</source>
        <translation>k-means 的 Lloyd 迭代次数上限（质心稳定后会提前停止）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="488"/>
        <source>Where to embed and cluster: auto (a GPU when there is one), cpu, cuda or cuda:N.</source>
        <translation>嵌入和聚类在何处进行：auto（有 GPU 时用 GPU）、cpu、cuda 或 cuda:N。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="501"/>
        <source>The clusters.json a cluster run wrote (runs/ID/clusters.json).</source>
        <translation>聚类运行写出的 clusters.json（runs/ID/clusters.json）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="504"/>
        <source>The ids of the clusters to save, a list such as [0, 3].</source>
        <translation>要保存的簇的 ID，为列表形式，如 [0, 3]。</translation>
    </message>
    <message>
        <location filename="../core/jobs/cluster_job.cpp" line="507"/>
        <source>The new datasets&apos; name prefix: cluster 3 becomes PREFIX-3.</source>
        <translation>新数据集的名称前缀：簇 3 会成为 PREFIX-3。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="935"/>
        <source>Tokens per training row; documents are packed into rows of this length.</source>
        <translation>每个训练行的词元数；文档会被打包成此长度的行。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="938"/>
        <source>Rows per optimizer step, over all workers and micro-batches (the global batch).</source>
        <translation>每个优化器步的行数，涵盖所有工作进程和微批次（即全局批大小）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="941"/>
        <source>Rows per forward pass and worker; smaller saves memory (gradients accumulate). 0: the whole batch.</source>
        <translation>每次前向传播、每个工作进程的行数；越小越省内存（梯度会累积）。0：整个批次。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="944"/>
        <source>Peak learning rate (continued pre-training: about the base&apos;s final rate, e.g. 3e-4 for small models).</source>
        <translation>峰值学习率（继续预训练：约为基础模型最终的学习率，例如小模型用 3e-4）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="946"/>
        <source>Learning-rate shape: cpt re-warms then decays to the floor; wsd holds then decays; constant holds.</source>
        <translation>学习率曲线：cpt 先重新预热再衰减到下限；wsd 先保持再衰减；constant 保持不变。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="948"/>
        <source>Share of the steps spent warming the learning rate up from 0 to its peak.</source>
        <translation>用于将学习率从 0 预热（warmup）到峰值的步数比例。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="950"/>
        <source>The floor the learning rate decays to, as a share of the peak.</source>
        <translation>学习率衰减到的下限，以峰值的比例表示。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="952"/>
        <source>wsd only: the last share of the steps over which the rate decays.</source>
        <translation>仅 wsd：学习率在最后这一比例的步数内衰减。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="955"/>
        <source>AdamW weight decay on the weight matrices (not on norms and biases).</source>
        <translation>AdamW 对权重矩阵的权重衰减（不作用于归一化层和偏置）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="958"/>
        <source>AdamW&apos;s first-moment decay (momentum).</source>
        <translation>AdamW 的一阶矩衰减率（动量）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="960"/>
        <source>AdamW&apos;s second-moment decay; 0.95 is steadier than 0.999 for language models.</source>
        <translation>AdamW 的二阶矩衰减率；对语言模型而言，0.95 比 0.999 更稳定。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="963"/>
        <source>Gradients are scaled down to at most this norm (0: no clipping).</source>
        <translation>梯度会被缩放到不超过此范数（0：不裁剪）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="965"/>
        <source>Seed of the initial weights, the held-out split and the data order: the same seed repeats the run.</source>
        <translation>初始权重、留出划分和数据顺序的随机种子：相同的种子会重现同一次运行。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="968"/>
        <source>Documents of each source kept out of training to measure held-out loss on.</source>
        <translation>每个来源中不参与训练、用于测量留出损失的文档数。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="971"/>
        <source>Held-out loss on every source every this many steps (and at the start and the end).</source>
        <translation>每隔这么多步在每个来源上计算一次留出损失（开始和结束时也会计算）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="974"/>
        <source>The same during the first 10% of steps, where the stability gap shows.</source>
        <translation>前 10% 的步数内的相同设置，稳定性缺口会在这一阶段出现。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="978"/>
        <source>Held-out rows per source in each evaluation (more: steadier, slower).</source>
        <translation>每次评估中每个来源的留出行数（越多越稳定，但越慢）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="982"/>
        <source>A checkpoint every this many steps (and always one at the end and on stop).</source>
        <translation>每隔这么多步保存一个检查点（结束和停止时总会保存一个）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="984"/>
        <source>How many of the newest checkpoints are kept; older ones are deleted.</source>
        <translation>保留最新检查点的个数；更早的会被删除。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="987"/>
        <source>Arithmetic of the forward and backward pass: f32, or bf16 autocast where the device supports it.</source>
        <translation>前向和反向传播的数值精度：f32，或在设备支持时使用 bf16 自动混合精度（autocast）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="990"/>
        <source>Where to train: auto (a GPU when there is one), cpu, cuda or cuda:N.</source>
        <translation>训练设备：auto（有 GPU 时使用 GPU）、cpu、cuda 或 cuda:N。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="993"/>
        <source>CPU threads for tokenizing and training (0: every core available).</source>
        <translation>用于分词和训练的 CPU 线程数（0：使用所有可用核心）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="996"/>
        <source>Number format of the final model&apos;s weights (bf16: half the size).</source>
        <translation>最终模型权重的数值格式（bf16：体积减半）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_job.cpp" line="999"/>
        <source>Continue from a checkpoint: &quot;latest&quot;, a checkpoints/step-N folder, or a run folder (its newest).</source>
        <translation>从检查点继续：“latest”、某个 checkpoints/step-N 文件夹，或某个运行文件夹（取其最新检查点）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="287"/>
        <source>How many tokens the vocabulary holds.</source>
        <translation>词表包含的词元数。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="289"/>
        <source>The SentencePiece model: unigram language model or byte-pair encoding.</source>
        <translation>SentencePiece 模型：unigram 语言模型或字节对编码（BPE）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="292"/>
        <source>How many documents the tokenizer is trained on, shared among the inputs.</source>
        <translation>用于训练分词器的文档数，由各输入分摊。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="295"/>
        <source>Held-out documents per input on which fertility and coverage are measured.</source>
        <translation>每个输入中用于测量切分率和覆盖率的留出文档数。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="297"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="297"/>
        <source>Longer documents are cut to this many bytes for training.</source>
        <translation>训练时，较长的文档会被截断为这么多字节。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="188"/>
        <source>The tokenizer to measure: a .model file, a tokenizer.json, or a model folder holding either.</source>
        <translation>要测量的分词器：.model 文件、tokenizer.json，或包含其中之一的模型文件夹。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="191"/>
        <source>A second tokenizer measured on the same documents, for comparison.</source>
        <translation>在相同文档上测量的第二个分词器，用于对比。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="199"/>
        <source>How many documents of each input are measured, sampled at random (0: every document).</source>
        <translation>每个输入随机抽样测量的文档数（0：全部文档）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="201"/>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="300"/>
        <source>Seed of the document sample.</source>
        <translation>文档抽样的随机种子。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_fertility_job.cpp" line="204"/>
        <source>How many words the vocabulary-gap list shows: those that cost the most tokens in total.</source>
        <translation>词表缺口列表显示的词数：总共消耗词元最多的那些词。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="302"/>
        <source>The share of characters the vocabulary must cover; rarer ones become unknown or bytes.</source>
        <translation>词表必须覆盖的字符比例；更罕见的字符会成为未知字符或字节。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="305"/>
        <source>Spell characters outside the vocabulary as bytes instead of an unknown token.</source>
        <translation>将词表外的字符拆写为字节，而不是未知词元。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="308"/>
        <source>Pieces always kept whole in the vocabulary: domain terms, markup (no commas).</source>
        <translation>在词表中始终保持完整的词片：领域术语、标记（不含逗号）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="311"/>
        <source>The folder the tokenizer is written to (default: the project&apos;s tokenizers folder).</source>
        <translation>写入分词器的文件夹（默认：项目的 tokenizers 文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/train_tokenizer_job.cpp" line="314"/>
        <source>The tokenizer&apos;s file name, without .model (default: tokenizer-run&lt;id&gt;).</source>
        <translation>分词器的文件名，不含 .model（默认：tokenizer-run&lt;id&gt;）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_import_job.cpp" line="223"/>
        <source>A model folder, a SentencePiece .model file or a tokenizer.json to import.</source>
        <translation>要导入的模型文件夹、SentencePiece .model 文件或 tokenizer.json。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_import_job.cpp" line="226"/>
        <source>The imported tokenizer&apos;s folder name in the project&apos;s tokenizers folder.</source>
        <translation>导入的分词器在项目分词器文件夹中的文件夹名称。</translation>
    </message>
    <message>
        <location filename="../core/jobs/tokenizer_import_job.cpp" line="229"/>
        <source>The folder the tokenizer folder is made in (default: the project&apos;s tokenizers folder).</source>
        <translation>创建分词器文件夹的位置（默认：项目的分词器文件夹）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="120"/>
        <source>lora folds an adapter into its base; residual adds lambda x (instruct - base) to a CPT model; linear mixes two models.</source>
        <translation>lora 将适配器合并到其基础模型中；residual 将 lambda x (instruct - base) 加到 CPT 模型上；linear 混合两个模型。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="123"/>
        <source>lora: the model the adapter was trained on; residual: the base both other models started from.</source>
        <translation>lora：训练适配器所基于的模型；residual：另外两个模型共同的起始基础模型。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="125"/>
        <source>The LoRA adapter folder (adapter_config.json + adapter_model.safetensors).</source>
        <translation>LoRA 适配器文件夹（adapter_config.json + adapter_model.safetensors）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="127"/>
        <source>The continued-pre-trained model that gains the instruction residual (its tokenizer and config are kept).</source>
        <translation>获得指令残差的继续预训练模型（保留其分词器和配置）。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="129"/>
        <source>The instruction-tuned model of the same base, whose difference to the base is added.</source>
        <translation>基于同一基础模型的指令微调模型，其与基础模型的差值会被加上。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="131"/>
        <source>Linear: the model at t = 0.</source>
        <translation>Linear：t = 0 时的模型。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="133"/>
        <source>Linear: the model at t = 1.</source>
        <translation>Linear：t = 1 时的模型。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="135"/>
        <source>Residual: the weight of (instruct - base); 1 adds it whole, 0 keeps the CPT model.</source>
        <translation>Residual：(instruct - base) 的权重；1 表示全部加上，0 表示保持 CPT 模型不变。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="137"/>
        <source>Linear: 0 gives model A, 1 model B, between a weighted mean.</source>
        <translation>Linear：0 得到模型 A，1 得到模型 B，介于两者之间则为加权平均。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="139"/>
        <source>Number format of the merged weights; auto: the first model&apos;s.</source>
        <translation>合并后权重的数值格式；auto：与第一个模型相同。</translation>
    </message>
    <message>
        <location filename="../core/jobs/merge_job.cpp" line="142"/>
        <source>The merged model&apos;s folder inside the run folder.</source>
        <translation>合并后模型在运行文件夹中的子文件夹。</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../widgets/job_text.cpp" line="53"/>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="55"/>
        <source>Train tokenizer</source>
        <translation>训练分词器</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="57"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="59"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="61"/>
        <source>Deduplicate</source>
        <translation>去重</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="63"/>
        <source>Select (DSIR)</source>
        <translation>选择（DSIR）</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="65"/>
        <source>Sample</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="74"/>
        <source>Scan %1</source>
        <translation>扫描 %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="76"/>
        <source>Filter %1 → %2</source>
        <translation>过滤 %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="78"/>
        <source>Deduplicate %1 → %2</source>
        <translation>去重 %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="81"/>
        <source>Select from %1 → %2</source>
        <translation>从 %1 选择 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="82"/>
        <source>Select from %1 like %2 → %3</source>
        <translation>从 %1 选择与 %2 相似的数据 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="85"/>
        <source>Sample %1 → %2</source>
        <translation>抽样 %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="91"/>
        <source>Count %1</source>
        <translation>计数 %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="94"/>
        <source>Train tokenizer on %1</source>
        <translation>在 %1 上训练分词器</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="94"/>
        <source>Train tokenizer %1 on %2</source>
        <translation>在 %2 上训练分词器 %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="97"/>
        <source>%1 %2</source>
        <comment>job kind, what it reads</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="109"/>
        <source>%1 (run %2)</source>
        <comment>job label (run id)</comment>
        <translation>%1（运行 %2）</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="115"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="116"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="117"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="118"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="119"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="120"/>
        <source>damaged row</source>
        <comment>a run whose status in the store is unreadable</comment>
        <translation>损坏的记录行</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="129"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="131"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="133"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="135"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="137"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="139"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="141"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="143"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="151"/>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="153"/>
        <source>hashing</source>
        <translation>计算哈希</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="155"/>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="157"/>
        <source>sampling</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="159"/>
        <source>scoring</source>
        <translation>打分</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="161"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="163"/>
        <source>modelling the target</source>
        <translation>为目标建模</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="165"/>
        <source>modelling the pool</source>
        <translation>为数据池建模</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="168"/>
        <source>sampling %1</source>
        <translation>抽样 %1</translation>
    </message>
    <message>
        <location filename="../widgets/job_text.cpp" line="170"/>
        <source>measuring %1</source>
        <translation>测量 %1</translation>
    </message>
</context>
<context>
    <name>MecoBox</name>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="46"/>
        <source>MeCo (paper: 90% with metadata, 10% cooldown)</source>
        <translation>MeCo（论文：90% 带元数据，10% 冷却）</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="47"/>
        <source>No cooldown (ablation)</source>
        <translation>不冷却（消融）</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="48"/>
        <source>Hashed metadata (ablation)</source>
        <translation>哈希化元数据（消融）</translation>
    </message>
</context>
<context>
    <name>PieceText</name>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="46"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="47"/>
        <source>byte</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="48"/>
        <source>special</source>
        <translation>特殊</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="49"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="57"/>
        <source>A piece of text from the vocabulary.</source>
        <translation>词表中的一个文本片段。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="59"/>
        <source>A single byte: used for characters the vocabulary lacks, one token per byte (a costly spelling).</source>
        <translation>单个字节：用于词表中缺少的字符，每个字节一个词元（代价较高的拼写方式）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="61"/>
        <source>A control token such as beginning or end of text; never produced from ordinary text.</source>
        <translation>控制词元，例如文本开始或结束；普通文本永远不会产生它。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/piece_text.cpp" line="63"/>
        <source>The unknown token: the text held something the tokenizer cannot spell, and it is lost.</source>
        <translation>未知词元：文本中含有分词器无法拼写的内容，这部分内容会丢失。</translation>
    </message>
</context>
<context>
    <name>PlanCatalog</name>
    <message>
        <location filename="../plugins/mixture/plan_catalog.cpp" line="31"/>
        <source>A plan needs a name.</source>
        <translation>方案需要一个名称。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_catalog.cpp" line="34"/>
        <source>&quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only (it becomes the file name plans/%1.json), at most 100 characters, not starting with &apos;.&apos;.</source>
        <translation>“%1”：只能使用字母、数字、“-”、“_”和“.”（它会成为文件名 plans/%1.json），最多 100 个字符，且不能以“.”开头。</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="83"/>
        <source>%1: %2</source>
        <comment>provenance key: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="98"/>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="98"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="115"/>
        <source>%1 (threshold %2)</source>
        <comment>unknown rule key (threshold)</comment>
        <translation>%1（阈值 %2）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="124"/>
        <source>%1 (%2)</source>
        <comment>rule (family)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="128"/>
        <source>Rules applied (a document failing any one was removed):</source>
        <translation>已应用的规则（未通过其中任一条的文档已被移除）：</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="130"/>
        <source>Rules switched off:</source>
        <translation>已关闭的规则：</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="134"/>
        <source>C4 line cleaning: on (lines C4 drops were cut from the documents kept)</source>
        <translation>C4 行清洗：开启（C4 会删除的行已从保留的文档中剪除）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="135"/>
        <source>C4 line cleaning: off</source>
        <translation>C4 行清洗：关闭</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="138"/>
        <source>Kept: %1 documents, %2 words</source>
        <translation>保留：%1 个文档，%2 个词</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="149"/>
        <source>Removed: exact duplicates (identical text)</source>
        <translation>移除：完全重复（文本相同）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="151"/>
        <source>Removed: near duplicates (MinHash)</source>
        <translation>移除：近似重复（MinHash）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="153"/>
        <source>Removed: exact and near duplicates (MinHash)</source>
        <translation>移除：完全重复和近似重复（MinHash）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="155"/>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="160"/>
        <source>MinHash LSH: %1 bands × %2 rows; documents with a Jaccard similarity above about %3 count as near duplicates</source>
        <translation>MinHash LSH：%1 个带 × 每带 %2 行；Jaccard 相似度高于约 %3 的文档视为近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="168"/>
        <source>Shingles: %1 words</source>
        <translation>Shingle：%1 个词</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="170"/>
        <location filename="../plugins/data/provenance_text.cpp" line="214"/>
        <location filename="../plugins/data/provenance_text.cpp" line="222"/>
        <source>Seed: %1</source>
        <translation>随机种子：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="172"/>
        <source>Documents removed: %1 exact duplicates, %2 near duplicates</source>
        <translation>移除的文档：%1 个完全重复，%2 个近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="183"/>
        <source>Kept the %1 chunks most like the target dataset %2 (DSIR importance resampling)</source>
        <translation>保留了与目标数据集 %2 最相似的 %1 个分块（DSIR 重要性重采样）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="185"/>
        <source>Kept the %1 documents most like the target dataset %2 (DSIR importance resampling)</source>
        <translation>保留了与目标数据集 %2 最相似的 %1 个文档（DSIR 重要性重采样）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="193"/>
        <source>KL divergence to the target reduced by %1 against the whole source dataset (by %2 for a random sample of the same size)</source>
        <translation>与整个源数据集相比，与目标的 KL 散度降低了 %1（同样大小的随机样本降低了 %2）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="197"/>
        <source>KL divergence to the target reduced by %1</source>
        <translation>与目标的 KL 散度降低了 %1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="200"/>
        <source>Unit: whole documents</source>
        <translation>单位：整篇文档</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="202"/>
        <source>Unit: chunks of %1 words (shorter than %2 words are dropped)</source>
        <translation>单位：%1 个词的分块（少于 %2 个词的分块被丢弃）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="207"/>
        <source>Hashed n-gram buckets: %1</source>
        <translation>哈希 n-gram 桶数：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="209"/>
        <source>Laplace smoothing: %1</source>
        <translation>拉普拉斯平滑：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="211"/>
        <source>Gumbel noise (sampling instead of taking the top k): %1</source>
        <translation>Gumbel 噪声（抽样，而非取权重最高的 k 个）：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="220"/>
        <source>A uniform random sample of %1 documents</source>
        <translation>均匀随机抽取的 %1 个文档</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="233"/>
        <source>The recorded provenance cannot be read: %1</source>
        <translation>无法读取记录的来源：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="258"/>
        <source>Filtered from %1 with quality rules</source>
        <translation>用质量规则从 %1 过滤而来</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="260"/>
        <source>Deduplicated from %1</source>
        <translation>从 %1 去重而来</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="262"/>
        <source>Selected from %1 with DSIR</source>
        <translation>用 DSIR 从 %1 选择而来</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="264"/>
        <source>Sampled from %1</source>
        <translation>从 %1 抽样而来</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="266"/>
        <source>Made by &quot;%1&quot; from %2</source>
        <translation>由“%1”从 %2 生成</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="266"/>
        <source>an unnamed source</source>
        <translation>未命名的来源</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="268"/>
        <source>Made from %1</source>
        <translation>由 %1 生成</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="270"/>
        <source>%1, in run %2</source>
        <comment>what was done, in run N</comment>
        <translation>%1（运行 %2）</translation>
    </message>
    <message>
        <location filename="../plugins/data/provenance_text.cpp" line="289"/>
        <source>%1 %2</source>
        <comment>a heading, then its items</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../widgets/file_dialogs.cpp" line="26"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/file_dialogs.cpp" line="28"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../widgets/file_dialogs.cpp" line="28"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../plugins/mixture/laws_tab.cpp" line="415"/>
        <source>%n pilot run(s)</source>
        <translation>
            <numerusform>%n 次试点运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainBase</name>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="20"/>
        <source>Choose a base model.</source>
        <translation>请选择一个基础模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="25"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="31"/>
        <source>%1 has no config.json: a model folder in the Hugging Face layout has one.</source>
        <translation>%1 中没有 config.json：Hugging Face 格式的模型文件夹应包含该文件。</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="55"/>
        <source>%1 B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="57"/>
        <source>%1 M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="58"/>
        <source>%1 k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="64"/>
        <source>%1 heads (%2 for keys and values)</source>
        <translation>%1 个注意力头（键和值用 %2 个）</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="67"/>
        <source>%1 heads</source>
        <translation>%1 个注意力头</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="69"/>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="71"/>
        <source>%1 parameters without the embeddings (choose a tokenizer for the vocabulary)</source>
        <translation>不含嵌入层的 %1 个参数（请选择分词器以确定词表）</translation>
    </message>
    <message>
        <location filename="../plugins/train/base_model.cpp" line="74"/>
        <source>%1 layers, width %2, %3, vocabulary %4, %5</source>
        <translation>%1 层，宽度 %2，%3，词表 %4，%5</translation>
    </message>
</context>
<context>
    <name>TrainCharts</name>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="11"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="13"/>
        <source>held-out</source>
        <translation>留出</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="19"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_curves.cpp" line="22"/>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
</context>
<context>
    <name>TrainEstimate</name>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="42"/>
        <source>%1 tokens: about %2 (rough: scaled from run %3 on this machine, %4 tokens/s at this size)</source>
        <translation>%1 个词元：约 %2（粗略估计：根据本机上的运行 %3 推算，此规模下 %4 词元/秒）</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="49"/>
        <source>%1 tokens: about %2 (rough: from the BLAS&apos;s measured speed, %3 tokens/s at this size)</source>
        <translation>%1 个词元：约 %2（粗略估计：根据 BLAS 实测速度，此规模下 %3 词元/秒）</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="56"/>
        <source>%1 tokens; the time is not known yet: the first run on this machine measures its speed.</source>
        <translation>%1 个词元；耗时尚不可知：本机上的第一次运行会测量其速度。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="88"/>
        <source>weights %1, gradients %2, optimizer state %3, activations %4</source>
        <translation>权重 %1，梯度 %2，优化器状态 %3，激活值 %4</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="93"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; about %1 (%2) of %3 available now.</source>
        <translation>&lt;b&gt;内存：&lt;/b&gt;约 %1（%2），当前可用 %3。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_estimate.cpp" line="95"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; about %1 (%2); the GPU&apos;s memory is checked when the run starts.</source>
        <translation>&lt;b&gt;内存：&lt;/b&gt;约 %1（%2）；GPU 显存会在运行开始时检查。</translation>
    </message>
</context>
<context>
    <name>TrainFailure</name>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="47"/>
        <source>The run ran out of memory. Try a smaller micro_batch or batch, a shorter seq_len, or a smaller base model; the memory estimate before Start shows what each needs.</source>
        <translation>运行时内存不足。请尝试减小 micro_batch 或批大小、缩短 seq_len，或换用更小的基础模型；开始前的内存估算会显示各项所需内存。</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="52"/>
        <source>The loss became NaN or infinite: training diverged. Try a lower lr, a longer warmup or grad_clip 1.0, then resume from the last good checkpoint, which was kept.</source>
        <translation>损失变为 NaN 或无穷大：训练发散了。请尝试降低 lr、延长 warmup 或设置 grad_clip 1.0，然后从已保留的最后一个正常检查点恢复。</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="57"/>
        <source>A data file could not be used (the message names it). Scan the dataset again in the Data step, or rebuild its token shards in the Tokenizer step.</source>
        <translation>某个数据文件无法使用（消息中给出了文件名）。请在“数据”步骤中重新扫描数据集，或在“分词器”步骤中重新生成其词元分片。</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="62"/>
        <source>The base model&apos;s files and the settings do not fit together (the message names the file and the field): check that the tokenizer is the base model&apos;s own and that the folder is complete.</source>
        <translation>基础模型的文件与设置不匹配（消息中给出了文件和字段）：请检查分词器是否为基础模型自带的分词器，以及文件夹是否完整。</translation>
    </message>
    <message>
        <location filename="../plugins/train/failure_hint.cpp" line="67"/>
        <source>The training process ended without a word, most often because the system ran out of memory and killed it. Resume from the last checkpoint with a smaller batch or seq_len.</source>
        <translation>训练进程未留下任何消息就结束了，最常见的原因是系统内存耗尽而将其终止。请减小批大小或 seq_len，从最后一个检查点恢复。</translation>
    </message>
</context>
<context>
    <name>TrainPresets</name>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="273"/>
        <source>Quick teaching run on a laptop CPU</source>
        <translation>在笔记本 CPU 上快速演示运行</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="274"/>
        <source>A few minutes on a tiny model: enough to watch the loss fall and the held-out loss of each source move.</source>
        <translation>在一个极小的模型上跑几分钟：足以看到损失下降以及各来源留出损失的变化。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="278"/>
        <source>Continued pre-training of a downloaded model on a CPU</source>
        <translation>在 CPU 上对已下载的模型继续预训练</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="279"/>
        <source>Re-warms and re-decays a pretrained model&apos;s learning rate, gently, so it learns the domain without forgetting what it knew.</source>
        <translation>温和地对预训练模型的学习率重新预热并再次衰减，使其学会领域知识而不遗忘原有知识。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="283"/>
        <source>Longer run on a GPU</source>
        <translation>在 GPU 上进行较长的运行</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="284"/>
        <source>Longer sequences, larger batches and bf16 on a CUDA card.</source>
        <translation>在 CUDA 显卡上使用更长的序列、更大的批次和 bf16。</translation>
    </message>
</context>
<context>
    <name>TrainSpec</name>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="125"/>
        <source>The file is not JSON: a spec is a JSON object.</source>
        <translation>该文件不是 JSON：任务描述应为 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="129"/>
        <source>kind: this is not a training spec (kind &quot;%1&quot;).</source>
        <translation>kind：这不是训练任务描述（kind 为 &quot;%1&quot;）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="135"/>
        <source>params: must be an object.</source>
        <translation>params：必须是对象。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="149"/>
        <source>params.sources: must be a list.</source>
        <translation>params.sources：必须是列表。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="158"/>
        <source>params.sources[%1].dataset: the panel mixes datasets of the project; this source names none.</source>
        <translation>params.sources[%1].dataset：面板混合的是本项目的数据集；此来源未指定数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="170"/>
        <source>params.replay.dataset: the panel replays a dataset of the project; this replay names none.</source>
        <translation>params.replay.dataset：面板回放的是本项目的数据集；此回放未指定数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="181"/>
        <source>params.stage: must be &quot;cpt&quot; or &quot;sft&quot;.</source>
        <translation>params.stage：必须是 &quot;cpt&quot; 或 &quot;sft&quot;。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="186"/>
        <source>params.sft_data: must be a list.</source>
        <translation>params.sft_data：必须是列表。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="194"/>
        <source>params.sft_data[%1].dataset: the panel trains on datasets of the project; this entry names none.</source>
        <translation>params.sft_data[%1].dataset：面板在本项目的数据集上训练；此条目未指定数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="250"/>
        <source>params.base: the spec names no base model.</source>
        <translation>params.base：任务描述中未指定基础模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_spec.cpp" line="263"/>
        <source># Save the spec below as spec.json, then run:
%1

%2</source>
        <translation># 将下面的任务描述保存为 spec.json，然后运行：
%1

%2</translation>
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
        <translation>将语料库导入项目（纯文本、JSON Lines、.jsonl.zst、.gz），映射其文本和元数据字段，并通过过滤或去重生成可追溯来源的派生数据集。</translation>
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
    <name>adaptlab::ChartView</name>
    <message>
        <location filename="../widgets/chart_view.cpp" line="643"/>
        <source>%1 to %2: %3</source>
        <comment>histogram bin: low edge, high edge, count</comment>
        <translation>%1 至 %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="659"/>
        <source>%1: %2</source>
        <comment>bar: label, count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="660"/>
        <source>%1
%2 (%3% of all bars)</source>
        <comment>bar: label, then count and share in percent</comment>
        <translation>%1
%2（占全部条形的 %3%）</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="668"/>
        <source>%1: %2</source>
        <comment>axis title: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="671"/>
        <source>%1: %2 (raw %3)</source>
        <comment>series: smoothed value (raw value)</comment>
        <translation>%1：%2（原始值 %3）</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="674"/>
        <source>%1: %2</source>
        <comment>series: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="728"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="745"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="751"/>
        <source>Exponential moving average of the values, as TensorBoard draws it; the raw values stay visible behind the smoothed line.</source>
        <translation>数值的指数移动平均，与 TensorBoard 的绘制方式相同；原始数值仍显示在平滑曲线后面。</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="758"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="764"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="765"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="766"/>
        <source>Wall time</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="798"/>
        <source>Save image…</source>
        <translation>保存图像…</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="799"/>
        <source>Save data…</source>
        <translation>保存数据…</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="810"/>
        <source>Save chart image</source>
        <translation>保存图表图像</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="810"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="814"/>
        <source>Save chart data</source>
        <translation>保存图表数据</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="814"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="1055"/>
        <source>%1: %2</source>
        <comment>grouped bar: group, value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/chart_view.cpp" line="1057"/>
        <source>none</source>
        <comment>grouped bar without a value</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>adaptlab::DatasetTableModel</name>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="124"/>
        <source>not scanned</source>
        <translation>未扫描</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="126"/>
        <source>partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="128"/>
        <source>scanned; problems: %1</source>
        <translation>已扫描；问题：%1</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="129"/>
        <source>scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="136"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/dataset_table_model.cpp" line="147"/>
        <source>%1 (+%n more file(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="164"/>
        <source>Counted when the dataset is scanned.</source>
        <translation>扫描数据集时统计。</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="166"/>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="169"/>
        <source>Not scanned yet: scan it to see its statistics and quality signals.</source>
        <translation>尚未扫描：扫描后可查看其统计信息和质量信号。</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="171"/>
        <source>The last scan could not read every file to its end; its numbers cover what was read.</source>
        <translation>上次扫描未能将每个文件读到结尾；其数字仅涵盖已读取的内容。</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="192"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="193"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="194"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="195"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="196"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="197"/>
        <source>Derived from</source>
        <translation>派生自</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="198"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../widgets/dataset_table_model.cpp" line="199"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobListModel</name>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="338"/>
        <source>(untitled job)</source>
        <translation>（未命名任务）</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="342"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="274"/>
        <location filename="../widgets/job_list_model.cpp" line="344"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="276"/>
        <location filename="../widgets/job_list_model.cpp" line="351"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="368"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="385"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="387"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="389"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../widgets/job_list_model.cpp" line="391"/>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobRunner</name>
    <message>
        <location filename="../widgets/job_runner.cpp" line="59"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="207"/>
        <source>(the log is empty)</source>
        <translation>（日志为空）</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="555"/>
        <source>The job program %1 could not be started: %2</source>
        <translation>无法启动任务程序 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="494"/>
        <source>This job is already running.</source>
        <translation>此任务已在运行。</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="257"/>
        <source>lost: the process ended without a final event. Last lines of its log:
%1</source>
        <translation>丢失：进程结束时没有最终事件。其日志的最后几行：
%1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="308"/>
        <source>The job failed: %1
Last lines of its log:
%2</source>
        <translation>任务失败：%1
其日志的最后几行：
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="309"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="414"/>
        <source>lost: the process ended without a final event (the store could not be asked: %1). Last lines of its log:
%2</source>
        <translation>丢失：进程结束时没有最终事件（无法查询项目存储：%1）。其日志的最后几行：
%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="511"/>
        <source>The job spec was refused: %1</source>
        <translation>任务描述被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="512"/>
        <source>The job spec was refused: %1: %2</source>
        <translation>任务描述被拒绝：%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="517"/>
        <source>The job program %1 was not found or is not executable.</source>
        <translation>未找到任务程序 %1，或它不可执行。</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="521"/>
        <source>Could not create the run folder %1.</source>
        <translation>无法创建运行文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="527"/>
        <source>Could not write the job spec %1: %2</source>
        <translation>无法写入任务描述 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/job_runner.cpp" line="577"/>
        <source>Run #%1</source>
        <translation>运行 #%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::JobsDock</name>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="61"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="75"/>
        <source>No jobs yet. Long work (scans, tokenizer training, training runs, evaluations) runs as a separate process and appears here with its progress; it keeps its log in the run folder.</source>
        <translation>暂无任务。耗时较长的工作（扫描、分词器训练、训练运行、评估）作为独立进程运行，并在此显示进度；其日志保存在运行文件夹中。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="115"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="117"/>
        <source>Ask the job to stop: it saves a checkpoint where it can and exits. If it does not exit within its grace period, it is killed.</source>
        <translation>请求任务停止：它会尽可能保存检查点后退出。如果在宽限期内未退出，则会被强制终止。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="119"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="121"/>
        <source>Show the job&apos;s log (everything it printed) in a window that follows it while the job writes.</source>
        <translation>在窗口中显示任务的日志（它输出的全部内容），并在任务写入时持续跟随。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="123"/>
        <source>Clear finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="125"/>
        <source>Remove the jobs that are no longer running from this list. Their run folders and logs are kept.</source>
        <translation>从列表中移除已不再运行的任务。它们的运行文件夹和日志会保留。</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="224"/>
        <source>The runs of the project could not be read: %1</source>
        <translation>无法读取项目的运行：%1</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="365"/>
        <source>The job</source>
        <translation>该任务</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="368"/>
        <source>%1 was refused before it started:</source>
        <translation>%1 在启动前被拒绝：</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="370"/>
        <source>%1 was lost (its process ended without a final event):</source>
        <translation>%1 已丢失（其进程结束时没有最终事件）：</translation>
    </message>
    <message>
        <location filename="../widgets/jobs_dock.cpp" line="372"/>
        <source>%1 failed:</source>
        <translation>%1 失败：</translation>
    </message>
</context>
<context>
    <name>adaptlab::LogViewer</name>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="31"/>
        <location filename="../widgets/log_viewer.cpp" line="32"/>
        <source>Log — %1</source>
        <translation>日志 — %1</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="49"/>
        <source>Follow new lines</source>
        <translation>跟随新行</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="51"/>
        <source>Keep the end of the log in view while the job writes to it.</source>
        <translation>任务写入日志时，始终显示日志末尾。</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="57"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="59"/>
        <source>Copy the selected lines, or the whole log shown here when nothing is selected.</source>
        <translation>复制所选的行；未选择任何内容时，复制此处显示的整个日志。</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="61"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="63"/>
        <source>Open the run&apos;s folder (log, spec, outputs) in the file manager.</source>
        <translation>在文件管理器中打开该运行的文件夹（日志、任务描述、输出）。</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="179"/>
        <source>The log has not been written yet; it appears here as soon as the job writes to it.</source>
        <translation>日志尚未写入；任务一开始写入，日志就会显示在这里。</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="184"/>
        <source>Showing the end of the log (the first %1 are left out); read %2 so far. Open the folder to read all of it.</source>
        <translation>正在显示日志末尾（省略了开头的 %1）；目前已读取 %2。打开文件夹可阅读完整日志。</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="186"/>
        <source>Read %1 so far.</source>
        <translation>目前已读取 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/log_viewer.cpp" line="202"/>
        <source>No file manager could be opened. The folder is %1</source>
        <translation>无法打开文件管理器。文件夹位于 %1</translation>
    </message>
</context>
<context>
    <name>adaptlab::ParamForm</name>
    <message>
        <location filename="../widgets/param_form.cpp" line="68"/>
        <source>Unknown job kind &quot;%1&quot;.</source>
        <translation>未知的任务类型“%1”。</translation>
    </message>
    <message>
        <location filename="../widgets/param_form.cpp" line="107"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../widgets/param_form.cpp" line="137"/>
        <location filename="../widgets/param_form.cpp" line="157"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../widgets/param_form.cpp" line="184"/>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
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
    <name>adaptlab::RunFollow</name>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="121"/>
        <source>The run list is not JSON (at byte %1: %2).</source>
        <translation>运行列表不是 JSON（位于字节 %1：%2）。</translation>
    </message>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="127"/>
        <source>The run list has no &quot;runs&quot; array.</source>
        <translation>运行列表中没有“runs”数组。</translation>
    </message>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="175"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/run_follow_core.cpp" line="185"/>
        <source>Listing the runs failed (exit code %1): %2</source>
        <translation>列出运行失败（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>adaptlab::RunTableModel</name>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="111"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="112"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="113"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="114"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../widgets/run_table_model.cpp" line="115"/>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
</context>
<context>
    <name>adaptlab::StoreWorker</name>
    <message>
        <location filename="../widgets/store_access.cpp" line="71"/>
        <source>no project is open</source>
        <translation>尚未打开项目</translation>
    </message>
</context>
<context>
    <name>adaptlab::ViewHelpers</name>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="21"/>
        <source>unknown</source>
        <comment>a size not measured</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="34"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="38"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="41"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/view_helpers.cpp" line="49"/>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ActionsTab</name>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="104"/>
        <source>Name of the new dataset (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;).</source>
        <translation>新数据集的名称（字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="111"/>
        <source>Preview command</source>
        <translation>预览命令</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="112"/>
        <source>Show the job spec and the command that runs it without the GUI.</source>
        <translation>显示任务描述以及无需图形界面即可运行它的命令。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="129"/>
        <source>Filter by quality rules</source>
        <translation>按质量规则过滤</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="143"/>
        <source>Also clean the kept documents line by line with C4&apos;s line rules</source>
        <translation>同时用 C4 的行规则逐行清洗保留的文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="144"/>
        <source>Drops lines without terminal punctuation, with fewer than 5 words, or mentioning JavaScript or cookie and terms-of-use phrases.</source>
        <translation>删除没有结尾标点、少于 5 个词，或提及 JavaScript、Cookie 和使用条款等内容的行。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="149"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="191"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="259"/>
        <source>New dataset:</source>
        <translation>新数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="151"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="155"/>
        <source>Remove duplicates</source>
        <translation>移除重复项</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="172"/>
        <source>Exact and near duplicates</source>
        <translation>完全重复和近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="173"/>
        <source>Exact duplicates only</source>
        <translation>仅完全重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="174"/>
        <source>Near duplicates only</source>
        <translation>仅近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="189"/>
        <source>Remove:</source>
        <translation>移除：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="182"/>
        <source>Bands:</source>
        <translation>带数：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="183"/>
        <source>Rows per band:</source>
        <translation>每带行数：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="194"/>
        <source>Deduplicate</source>
        <translation>去重</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="199"/>
        <source>Chance to be compared, by similarity</source>
        <translation>按相似度的被比较概率</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="204"/>
        <source>Jaccard similarity</source>
        <translation>Jaccard 相似度</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="220"/>
        <source>Select data like a target (DSIR)</source>
        <translation>选择与目标相似的数据（DSIR）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="244"/>
        <source>Sample (Gumbel noise); untick for the k highest weights</source>
        <translation>抽样（Gumbel 噪声）；取消勾选则取权重最高的 k 个</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="247"/>
        <source>whole documents</source>
        <translation>整篇文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="257"/>
        <source>Target dataset:</source>
        <translation>目标数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="251"/>
        <source>Select (k):</source>
        <translation>选择数量（k）：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="252"/>
        <source>Chunk size (words):</source>
        <translation>分块大小（词）：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="254"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="261"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="265"/>
        <source>Scan each new dataset as soon as its job has finished</source>
        <translation>每个新数据集的任务完成后立即扫描它</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="268"/>
        <source>Starts a scan of the derived dataset, so its statistics and rules are ready when you open it here.</source>
        <translation>启动对派生数据集的扫描，这样在此处打开它时，其统计信息和规则已准备就绪。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="425"/>
        <source>The scan (%4 bands of %5 rows) found %1 exact copies and %2 near duplicates beyond them: %3 documents in all.</source>
        <translation>扫描（%4 个带，每带 %5 行）发现完全副本 %1，除此之外还有近似重复 %2：文档合计 %3。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="433"/>
        <source>The scan found %1 exact copies and %2 near duplicates beyond them: %3 documents in all.</source>
        <translation>扫描发现完全副本 %1，除此之外还有近似重复 %2：文档合计 %3。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="511"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="315"/>
        <source>Choose a dataset above to filter, deduplicate or select from it.</source>
        <translation>请在上方选择一个数据集，以对其进行过滤、去重或选择。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="373"/>
        <source>%1 of %2 rules enabled.</source>
        <translation>已启用 %1 条规则（共 %2 条）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="375"/>
        <source>%1 of %2 rules enabled: they remove %3 of %4 documents and %5 of the words.</source>
        <translation>已启用 %1 条规则（共 %2 条）：它们会移除 %4 个文档中的 %3，以及 %5 的词。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="382"/>
        <source>%1 of %2 rules enabled. Scan the dataset to see how many documents they remove.</source>
        <translation>已启用 %1 条规则（共 %2 条）。扫描数据集后可查看它们会移除多少文档。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="411"/>
        <source>%1 hashes. Documents about %2 similar have even odds of being compared; at 0.8 the chance is %3.</source>
        <translation>%1 个哈希。相似度约为 %2 的文档有一半的机会被比较；相似度为 0.8 时，概率为 %3。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="132"/>
        <source>Writes a new dataset with the documents that pass every enabled %1, with the thresholds as set in Quality rules. The new dataset records the rules and thresholds it was made with (its %2).</source>
        <translation>写入一个新数据集，包含通过每条已启用%1的文档，阈值按“质量规则”中的设置。新数据集会记录生成它所用的规则和阈值（即其%2）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="136"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="137"/>
        <source>provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="159"/>
        <source>Exact deduplication removes %1: documents whose normalized text repeats an earlier one. Near deduplication finds %2: it compares %3 signatures of word 5-grams in bands (%4): two documents become candidates when all rows of any band agree, so more rows per band demand more %5 similarity, more bands catch more pairs. One document per cluster is kept, the first.</source>
        <translation>完全去重会移除%1：规范化文本与前面某个文档重复的文档。近似去重会找出%2：它将词 5-gram 的 %3 签名分带进行比较（%4）：当任一带的所有行都一致时，两个文档成为候选对，因此每带行数越多，要求的 %5 相似度越高；带数越多，捕获的文档对越多。每个簇保留一个文档，即第一个。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="165"/>
        <source>exact duplicates</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="166"/>
        <source>near duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="167"/>
        <source>MinHash</source>
        <translation>MinHash</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="167"/>
        <source>LSH</source>
        <translation>LSH</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="168"/>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="204"/>
        <source>Chance to be compared</source>
        <translation>被比较概率</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="223"/>
        <source>%1 importance resampling (Xie et al. 2023): both datasets become hashed word unigram and bigram counts; each chunk of this dataset gets the log ratio of the target&apos;s distribution to this one&apos;s as its weight, and k chunks are drawn by weight. Use it to pick, from a large general pool, the part that looks like your domain. The job reports how much closer (%2 reduction) the selection is to the target.</source>
        <translation>%1 重要性重采样（Xie 等，2023）：两个数据集都被表示为哈希后的词 unigram 和 bigram 计数；此数据集的每个分块以目标分布与本数据集分布之比的对数作为权重，并按权重抽取 k 个分块。用它可以从大型通用数据池中挑出与您的领域相似的部分。任务会报告所选数据与目标接近了多少（%2 散度的降低量）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="229"/>
        <source>DSIR</source>
        <translation>DSIR</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="229"/>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="253"/>
        <source>Hash buckets:</source>
        <translation>哈希桶数：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="398"/>
        <source>%1 bands x %2 rows</source>
        <translation>%1 个带 × %2 行</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="438"/>
        <source>The scan found %1 exact copies; scan again to count the near duplicates beyond them.</source>
        <translation>扫描发现完全副本 %1；请重新扫描，以统计除此之外的近似重复。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="487"/>
        <source>Choose a dataset first.</source>
        <translation>请先选择一个数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="490"/>
        <source>&quot;%1&quot; cannot be a dataset name: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>“%1”不能作为数据集名称：请使用字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="493"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="609"/>
        <source>The project already has a dataset called &quot;%1&quot;.</source>
        <translation>项目中已有名为“%1”的数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="499"/>
        <source>Enable at least one rule in Quality rules.</source>
        <translation>请在“质量规则”中至少启用一条规则。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="502"/>
        <source>Import a target dataset first: the selection looks for documents that resemble it.</source>
        <translation>请先导入一个目标数据集：选择会寻找与之相似的文档。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="513"/>
        <source>The same job runs without the GUI, from a terminal or on a cluster: save the spec as spec.json and run the command.</source>
        <translation>同一任务也可以脱离图形界面运行，在终端或集群上均可：将任务描述保存为 spec.json，然后运行该命令。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="526"/>
        <source>Copy spec</source>
        <translation>复制任务描述</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="528"/>
        <source>Copy the job spec (JSON) to the clipboard, to save as spec.json.</source>
        <translation>将任务描述（JSON）复制到剪贴板，以便保存为 spec.json。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="529"/>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="531"/>
        <source>Copy the command that runs the saved spec to the clipboard.</source>
        <translation>将运行已保存任务描述的命令复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="536"/>
        <source>The spec is on the clipboard.</source>
        <translation>任务描述已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="540"/>
        <source>The command is on the clipboard.</source>
        <translation>命令已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="561"/>
        <source># Save the spec below as spec.json, then run:
%1

%2</source>
        <translation># 将下面的任务描述保存为 spec.json，然后运行：
%1

%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="563"/>
        <source># Run it with flags:
%1

# Or save the spec below as spec.json, then run:
%2

%3</source>
        <translation># 使用命令行参数运行：
%1

# 或将下面的任务描述保存为 spec.json，然后运行：
%2

%3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="592"/>
        <source>Saving the rules and checking the name in the project…</source>
        <translation>正在保存规则并检查项目中的名称…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="604"/>
        <location filename="../plugins/inspect/actions_tab.cpp" line="631"/>
        <source>The job did not start: %1</source>
        <translation>任务未能启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="637"/>
        <source>Running; progress and Stop are in the Jobs dock.</source>
        <translation>正在运行；进度和停止按钮在“任务”面板中。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="647"/>
        <source>Done: dataset %1 was added to the project and is being scanned.</source>
        <translation>完成：数据集 %1 已添加到项目，正在扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="648"/>
        <source>Done: dataset %1 was added to the project; its scan did not start: %2</source>
        <translation>完成：数据集 %1 已添加到项目；其扫描未能启动：%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="651"/>
        <source>Done: dataset %1 was added to the project.</source>
        <translation>完成：数据集 %1 已添加到项目。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="653"/>
        <source>Stopped before it finished; no dataset was added.</source>
        <translation>在完成前已停止；未添加数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="655"/>
        <source>The job failed: %1</source>
        <translation>任务失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/actions_tab.cpp" line="660"/>
        <source>%1
%2</source>
        <comment>job status, then the selection&apos;s comparison with random samples</comment>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DatasetsPanel</name>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="138"/>
        <source>Data</source>
        <comment>the panel title, as the workflow step</comment>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="139"/>
        <source>Bring corpora into the project and keep track of them. Import reads plain text or JSON Lines (also compressed with zstd or gzip), lets you say which field is the text and which are metadata, and shows the first records and any broken ones before anything is added. Every dataset is then scanned once: counts, quality signals and duplicates, which you explore in the Inspect step. Filtering, deduplication and selection there create derived datasets, listed here with the dataset they came from.</source>
        <translation>将语料库导入项目并跟踪管理。导入功能可读取纯文本或 JSON Lines（也支持 zstd 或 gzip 压缩），让您指定哪个字段是正文、哪些是元数据，并在添加之前显示前几条记录和损坏的记录。随后每个数据集会被扫描一次：统计数量、质量信号和重复项，您可以在“检查”步骤中查看。在那里进行的过滤、去重和选择会生成派生数据集，并在此处与其来源数据集一起列出。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="146"/>
        <source>Help: &lt;a href=&quot;adaptlab-help:guide#data&quot;&gt;the Data step&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#dataset&quot;&gt;dataset&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#record&quot;&gt;record&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#provenance&quot;&gt;provenance&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#signals-file&quot;&gt;signals file&lt;/a&gt;</source>
        <translation>帮助：&lt;a href=&quot;adaptlab-help:guide#data&quot;&gt;“数据”步骤&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#dataset&quot;&gt;数据集&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#record&quot;&gt;记录&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#provenance&quot;&gt;来源&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#signals-file&quot;&gt;信号文件&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="154"/>
        <source>No project is open. Create or open a project (File menu) to import corpora into it.</source>
        <translation>尚未打开项目。请创建或打开一个项目（“文件”菜单）以导入语料库。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="163"/>
        <source>Import corpus…</source>
        <translation>导入语料库…</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="167"/>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="169"/>
        <source>Read the selected dataset again and recompute its statistics, signals and duplicates (for example after its files changed).</source>
        <translation>重新读取所选数据集并重新计算其统计信息、信号和重复项（例如在其文件更改后）。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="172"/>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="174"/>
        <source>Take the selected dataset out of the project: its scan results and the files the project wrote for it are deleted; your own corpus files are never touched. You are asked first.</source>
        <translation>将所选数据集移出项目：其扫描结果以及项目为它写入的文件将被删除；您自己的语料库文件永远不会被改动。执行前会先询问您。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="197"/>
        <source>Scan Again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="199"/>
        <source>Remove Dataset…</source>
        <translation>移除数据集…</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="215"/>
        <source>No datasets yet. Import a corpus to start.</source>
        <translation>尚无数据集。导入一个语料库以开始。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="227"/>
        <source>Imported datasets have no provenance; derived ones record their source, rules, thresholds and seed here.</source>
        <translation>导入的数据集没有来源记录；派生数据集会在此记录其来源、规则、阈值和随机种子。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="233"/>
        <source>How it was made</source>
        <translation>生成方式</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/datasets_panel.cpp" line="455"/>
        <source>&lt;p&gt;Its token shards are deleted: %n folder(s), which the project built from it:&lt;/p&gt;%1</source>
        <translation>
            <numerusform>&lt;p&gt;其词元分片将被删除：共 %n 个文件夹，由项目据此构建：&lt;/p&gt;%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="503"/>
        <source>Dataset %1 was removed from the project.</source>
        <translation>数据集 %1 已从项目中移除。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="505"/>
        <source>Dataset %1 could not be removed: %2</source>
        <translation>无法移除数据集 %1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="345"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="413"/>
        <source>Dataset %1 is being removed; wait until that has finished.</source>
        <translation>正在移除数据集 %1；请等待其完成。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="81"/>
        <source>Run %1 is still working on %2. Stop it in the Jobs dock or let it finish, then remove the dataset.</source>
        <translation>运行 %1 仍在处理 %2。请在“任务”面板中停止它或等待其完成，然后再移除该数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="435"/>
        <source>Dataset %1 cannot be removed: %2</source>
        <translation>数据集 %1 无法移除：%2</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="449"/>
        <source>&lt;p&gt;Its entry in the project and its scan results (statistics, quality signals, duplicates) are deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它在项目中的登记及其扫描结果（统计信息、质量信号、重复项）将被删除。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="451"/>
        <source>&lt;p&gt;Its entry in the project is deleted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;它在项目中的登记将被删除。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="453"/>
        <source>&lt;p&gt;These files, which the project wrote, are deleted:&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;以下由项目写入的文件将被删除：&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="459"/>
        <source>&lt;p&gt;These files stay where they are (your corpus is never touched):&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;以下文件保留在原处（您的语料库永远不会被改动）：&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="464"/>
        <source>&lt;p&gt;Datasets made from it stay, with their files and their record of how they were made: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;由它生成的数据集会保留，连同其文件及其生成方式的记录：%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="467"/>
        <source>Remove Dataset</source>
        <translation>移除数据集</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="468"/>
        <source>Remove the dataset &quot;%1&quot; from the project?</source>
        <translation>要从项目中移除数据集“%1”吗？</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="473"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="492"/>
        <source>Removing dataset %1…</source>
        <translation>正在移除数据集 %1…</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="544"/>
        <source>The scan of %1 did not start: %2</source>
        <translation>%1 的扫描未能启动：%2</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="546"/>
        <source>Scanning %1 (see the Jobs dock).</source>
        <translation>正在扫描 %1（见“任务”面板）。</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="564"/>
        <source>No dataset selected</source>
        <translation>未选择数据集</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="95"/>
        <location filename="../plugins/data/datasets_panel.cpp" line="112"/>
        <source>Location: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="100"/>
        <source>Files (read as one dataset, in this order):</source>
        <translation>文件（作为一个数据集按此顺序读取）：</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="107"/>
        <source>every other field</source>
        <translation>所有其他字段</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="108"/>
        <source>Text field: %1</source>
        <translation>正文字段：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="109"/>
        <source>Metadata fields: %1</source>
        <translation>元数据字段：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="109"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="110"/>
        <source>Plain text files: %1</source>
        <translation>纯文本文件：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="114"/>
        <source>The field mapping cannot be read: %1</source>
        <translation>无法读取字段映射：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="575"/>
        <source>Derived from: %1</source>
        <translation>派生自：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="580"/>
        <source>Derived from: %1 (no longer in the project)</source>
        <translation>派生自：%1（已不在项目中）</translation>
    </message>
    <message>
        <location filename="../plugins/data/datasets_panel.cpp" line="584"/>
        <source>Not scanned yet. Its statistics appear in the Inspect step once a scan has run.</source>
        <translation>尚未扫描。扫描完成后，其统计信息会显示在“检查”步骤中。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentBrowser</name>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="132"/>
        <source>Search the text of every document</source>
        <translation>搜索所有文档的正文</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="134"/>
        <source>and metadata</source>
        <translation>及元数据</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="135"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="136"/>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="150"/>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="151"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="159"/>
        <source>Search all documents</source>
        <translation>搜索所有文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="161"/>
        <source>Show every document that contains the search term, whatever the filter in &quot;Show&quot;.</source>
        <translation>显示包含搜索词的所有文档，无论“显示”中选择了哪个过滤条件。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="191"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="259"/>
        <source>Scan the dataset to browse its documents.</source>
        <translation>扫描数据集后即可浏览其文档。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="260"/>
        <source>Select a document to read it.</source>
        <translation>选择一个文档以阅读。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="272"/>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="273"/>
        <source>Removed by the enabled rules</source>
        <translation>被已启用规则移除的</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="274"/>
        <source>Kept by the enabled rules</source>
        <translation>被已启用规则保留的</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="278"/>
        <source>Failing %1</source>
        <translation>未通过 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="315"/>
        <source>Searching for &quot;%1&quot; in every document…</source>
        <translation>正在所有文档中搜索“%1”…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="324"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="358"/>
        <source>Ordering documents…</source>
        <translation>正在排序文档…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="365"/>
        <source>The documents could not be ordered: %1</source>
        <translation>无法排序文档：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="449"/>
        <source>The texts could not be read: %1</source>
        <translation>无法读取文本：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="468"/>
        <source>(not found in the corpus: it changed since the scan)</source>
        <translation>（在语料库中未找到：语料库自扫描后已更改）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="493"/>
        <source>Reading document %1…</source>
        <translation>正在读取文档 %1…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="501"/>
        <source>Document %1 is no longer in the corpus: it changed since the scan. Scan it again.</source>
        <translation>文档 %1 已不在语料库中：语料库自扫描后已更改。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="503"/>
        <source>The document could not be read: %1</source>
        <translation>无法读取文档：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="523"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="552"/>
        <source>The search for &quot;%1&quot; stopped at the first %2 documents that contain it.</source>
        <translation>对“%1”的搜索在找到前 %2 个包含它的文档后停止。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="555"/>
        <source>%1 documents contain &quot;%2&quot; — %3 of them pass the filter &quot;%4&quot;.</source>
        <translation>%1 个文档包含“%2”——其中 %3 个通过过滤条件“%4”。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="558"/>
        <source>The search for &quot;%1&quot; stopped at the first %2 documents that contain it — %3 of them pass the filter &quot;%4&quot;.</source>
        <translation>对“%1”的搜索在找到前 %2 个包含它的文档后停止——其中 %3 个通过过滤条件“%4”。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="550"/>
        <source>Documents containing &quot;%1&quot;: %2.</source>
        <translation>包含“%1”的文档：%2。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_browser.cpp" line="543"/>
        <source>Documents shown: %1.</source>
        <translation>显示的文档：%1。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentTableModel</name>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="113"/>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="117"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="70"/>
        <source>%1 (rule off)</source>
        <comment>a failed rule that is switched off</comment>
        <translation>%1（规则已关闭）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="73"/>
        <source>%1: the value is %2; the first enabled rule it fails, which removes it.</source>
        <translation>%1：值为 %2；这是它未通过的第一条已启用规则，该规则会将其移除。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="75"/>
        <source>%1: the value is %2; this rule is switched off.</source>
        <translation>%1：值为 %2；此规则已关闭。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="77"/>
        <source>%1: the value is %2.</source>
        <translation>%1：值为 %2。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="84"/>
        <source>%1 rules: %2</source>
        <comment>how many rules a document fails, then their names</comment>
        <translation>%1 条规则：%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="86"/>
        <source>Rules it fails:
%1</source>
        <translation>未通过的规则：
%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="148"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="149"/>
        <source>Fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="150"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_table_model.cpp" line="151"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DocumentView</name>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="43"/>
        <location filename="../plugins/inspect/document_view.cpp" line="130"/>
        <source>Select a document to read it.</source>
        <translation>选择一个文档以阅读。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="55"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="55"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="55"/>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="66"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="86"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="88"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="89"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="91"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="102"/>
        <source>Highlight the parts behind:</source>
        <translation>高亮决定以下信号的部分：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="164"/>
        <source>Document %1 · %2</source>
        <translation>文档 %1 · %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="168"/>
        <source>%1: %2</source>
        <comment>metadata field: value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="177"/>
        <source>
[… only the first %1 characters are shown]</source>
        <translation>
[… 仅显示前 %1 个字符]</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="210"/>
        <source>passes</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="210"/>
        <source>fails</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="210"/>
        <source>fails (rule off)</source>
        <translation>未通过（规则已关闭）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="227"/>
        <source>Choose a rule above or a signal to see which parts of the text drive it.</source>
        <translation>在上方选择一条规则或一个信号，查看文本中哪些部分决定了它。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="234"/>
        <source>Finding the parts behind %1…</source>
        <translation>正在查找决定%1的部分…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="244"/>
        <source>The evidence could not be computed: %1</source>
        <translation>无法计算依据：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="251"/>
        <source>%1 is %2 for this document; it has no particular place in the text to highlight.</source>
        <translation>此文档的%1为 %2；它在文本中没有可高亮的特定位置。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="254"/>
        <source>%1 is %2 for this document; the highlighted parts drive it (places highlighted: %3).</source>
        <translation>此文档的%1为 %2；高亮部分决定了该值（高亮位置：%3）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="308"/>
        <source>Finding &quot;%1&quot; in the text…</source>
        <translation>正在文本中查找“%1”…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="317"/>
        <source>The search term could not be marked: %1</source>
        <translation>无法标记搜索词：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="352"/>
        <source>&quot;%1&quot; is not in the text shown: the search found it in the metadata or beyond the part of the text shown here.</source>
        <translation>“%1”不在所显示的文本中：搜索是在元数据中，或在此处所显示部分之外的文本中找到它的。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/document_view.cpp" line="355"/>
        <source>Match %1 of %2 for &quot;%3&quot;</source>
        <translation>“%3”的第 %1 个匹配，共 %2 个</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::DuplicatesTab</name>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Kept document</source>
        <translation>保留的文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="122"/>
        <source>Lowest similarity</source>
        <translation>最低相似度</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="146"/>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="148"/>
        <source>Duplicate</source>
        <translation>重复项</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="216"/>
        <source>Scan the dataset to find its duplicates.</source>
        <translation>扫描数据集后即可找出其重复项。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="218"/>
        <source>Duplicate clusters are built when this tab is shown.</source>
        <translation>显示此标签页时会构建重复簇。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="236"/>
        <source>Building duplicate clusters from the scan&apos;s hashes…</source>
        <translation>正在根据扫描得到的哈希构建重复簇…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="243"/>
        <source>The clusters could not be built: %1</source>
        <translation>无法构建簇：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="257"/>
        <source>No duplicates: every document is unique, exactly and by MinHash.</source>
        <translation>没有重复项：每个文档都是唯一的，无论按完全匹配还是 MinHash。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="176"/>
        <source>Members (the first is kept by deduplication; the others are removed, each with its estimated similarity to the kept one):</source>
        <translation>成员（去重时保留第一个，移除其余的；每个成员都标出其与保留文档的估计相似度）：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="259"/>
        <source>Clusters: %1. Deduplication keeps one document of each and removes %2: %3 exact copies, then %4 near duplicates (estimated word 5-gram Jaccard similarity to a kept document of at least %5).</source>
        <translation>簇：%1 个。去重会在每个簇中保留一个文档，并移除 %2：先移除 %3 个完全副本，再移除 %4 个近似重复（与某个保留文档的词 5-gram Jaccard 估计相似度至少为 %5）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="269"/>
        <source>Warning: the largest near-duplicate cluster holds %1 of the corpus (%2 documents). That is usually boilerplate that many documents share, or a threshold set too low.</source>
        <translation>警告：最大的近似重复簇占语料库的 %1（%2 个文档）。这通常是许多文档共有的模板文本，或是阈值设得过低。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="283"/>
        <source>exact</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="283"/>
        <source>near</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="287"/>
        <source>document %1</source>
        <translation>文档 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="315"/>
        <source>document %1 (kept)</source>
        <translation>文档 %1（保留）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="317"/>
        <source>document %1: exact copy, similarity %2</source>
        <translation>文档 %1：完全副本，相似度 %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="319"/>
        <source>document %1: near duplicate, similarity %2</source>
        <translation>文档 %1：近似重复，相似度 %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="331"/>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="332"/>
        <source>Kept: document %1</source>
        <translation>保留：文档 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="333"/>
        <source>Removed: document %1</source>
        <translation>移除：文档 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="334"/>
        <source>Reading both documents…</source>
        <translation>正在读取两个文档…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="352"/>
        <source>The documents are no longer in the corpus: it changed since the scan.</source>
        <translation>这些文档已不在语料库中：语料库自扫描后已更改。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="354"/>
        <source>The documents could not be read: %1</source>
        <translation>无法读取文档：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="363"/>
        <source>Word 5-gram Jaccard similarity: %1. The texts differ in too many places to mark them.</source>
        <translation>词 5-gram Jaccard 相似度：%1。两段文本差异之处过多，无法逐一标记。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="366"/>
        <source>Word 5-gram Jaccard similarity: %1. The words are the same; only spacing, case or punctuation may differ.</source>
        <translation>词 5-gram Jaccard 相似度：%1。词语相同；只有空白、大小写或标点可能不同。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/duplicates_tab.cpp" line="369"/>
        <source>Word 5-gram Jaccard similarity: %1. Words only in the kept document are marked red (%2), words only in the other green (%3).</source>
        <translation>词 5-gram Jaccard 相似度：%1。仅出现在保留文档中的词标为红色（%2），仅出现在另一文档中的词标为绿色（%3）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::HistogramCard</name>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="60"/>
        <source>No distribution recorded for this signal.</source>
        <translation>此信号没有记录分布。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="83"/>
        <source>Use this rule when filtering. Switched off, it still shows what it would remove.</source>
        <translation>过滤时使用此规则。关闭后仍会显示它将移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="88"/>
        <source>Drag the red line on the chart or type a value.</source>
        <translation>拖动图表上的红线或输入数值。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="141"/>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="143"/>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="144"/>
        <source>min %1, mean %2, max %3</source>
        <translation>最小值 %1，均值 %2，最大值 %3</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="192"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="196"/>
        <source>removes %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/histogram_card.cpp" line="197"/>
        <source>Alone: %1 documents, %2 words. In sequence after the rules before it: %3 documents, %4 words.</source>
        <translation>单独：%1 个文档，%2 个词。在前面的规则之后依次应用：%3 个文档，%4 个词。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ImportDialog</name>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="114"/>
        <source>Import a corpus</source>
        <translation>导入语料库</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="118"/>
        <source>Choose a corpus file, several files read as one dataset, or a folder of files (plain text, JSON Lines, optionally compressed with zstd or gzip). Check below that the first records read the way you expect: which JSON field holds the text, which fields to keep as metadata (URL, source, date, ... used for breakdowns and metadata conditioning), and which problems a quick look at the start of each file found. Importing registers the corpus where it is (nothing is copied) and starts a full scan.</source>
        <translation>选择一个语料库文件、作为一个数据集读取的多个文件，或一个包含文件的文件夹（纯文本、JSON Lines，可选 zstd 或 gzip 压缩）。请在下方确认前几条记录的读取方式符合预期：哪个 JSON 字段包含正文，哪些字段作为元数据保留（URL、来源、日期等，用于分类统计和元数据条件化），以及快速查看每个文件开头时发现了哪些问题。导入会在原位置登记语料库（不复制任何内容）并开始完整扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="133"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="145"/>
        <source>Which files of the folder to read, e.g. *.jsonl.zst</source>
        <translation>要读取文件夹中的哪些文件，例如 *.jsonl.zst</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="146"/>
        <source>Include subfolders</source>
        <translation>包含子文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="150"/>
        <source>File pattern:</source>
        <translation>文件模式：</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="174"/>
        <source>Corpus:</source>
        <translation>语料库：</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="176"/>
        <source>Dataset name:</source>
        <translation>数据集名称：</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="180"/>
        <source>Field mapping</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="185"/>
        <source>The JSON field that holds the document&apos;s text.</source>
        <translation>包含文档正文的 JSON 字段。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="193"/>
        <source>Ticked fields are kept with each document as metadata.</source>
        <translation>勾选的字段会作为元数据随每个文档保留。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="196"/>
        <source>Keep every other field as metadata too</source>
        <translation>同时将所有其他字段保留为元数据</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="203"/>
        <source>How plain text files (.txt) are split into documents.</source>
        <translation>纯文本文件（.txt）如何拆分为文档。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="207"/>
        <source>Text field (JSON):</source>
        <translation>正文字段（JSON）：</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="208"/>
        <source>Metadata fields (JSON):</source>
        <translation>元数据字段（JSON）：</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="210"/>
        <source>Plain text files:</source>
        <translation>纯文本文件：</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="215"/>
        <location filename="../plugins/data/import_dialog.cpp" line="614"/>
        <source>Choose a corpus to see its first records.</source>
        <translation>选择一个语料库以查看其前几条记录。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="220"/>
        <source>Double-click a record to read it in full.</source>
        <translation>双击一条记录可阅读其全文。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="231"/>
        <source>Scan the whole corpus</source>
        <translation>扫描整个语料库</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="233"/>
        <source>The quick pre-scan reads only the start of each file. This reads every record now, in the background, and lists every kind of problem it meets, before anything is imported.</source>
        <translation>快速预扫描只读取每个文件的开头。此操作会立即在后台读取每一条记录，并在导入任何内容之前列出遇到的每一类问题。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="237"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="239"/>
        <source>Stop reading; the problems found so far stay listed.</source>
        <translation>停止读取；已发现的问题仍会保留在列表中。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="290"/>
        <source>Import and scan</source>
        <translation>导入并扫描</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="295"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="130"/>
        <source>A corpus file or folder (several files: separated by &apos;;&apos;)</source>
        <translation>语料库文件或文件夹（多个文件用 &apos;;&apos; 分隔）</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="131"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="132"/>
        <source>One file, or several files (e.g. the shards of one corpus) read as one dataset</source>
        <translation>一个文件或多个文件（例如同一语料库的分片），作为一个数据集读取</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="159"/>
        <source>How the dataset is called in this project. Letters of any language, digits, spaces and punctuation, but no &apos;/&apos; or &apos;\&apos; and no &apos;.&apos; or &apos;-&apos; first: the name is also used for the files the scan writes.</source>
        <translation>此数据集在本项目中的名称。可使用任何语言的字母、数字、空格和标点，但不能包含 &apos;/&apos; 或 &apos;\&apos;，也不能以 &apos;.&apos; 或 &apos;-&apos; 开头：该名称也用于扫描写入的文件。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="330"/>
        <source>Choose corpus files</source>
        <translation>选择语料库文件</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="331"/>
        <source>Corpora (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;All files (*)</source>
        <translation>语料库 (*.jsonl *.ndjson *.json *.txt *.zst *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="338"/>
        <source>Choose a folder of corpus files</source>
        <translation>选择包含语料库文件的文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="535"/>
        <source>Reading the first records…</source>
        <translation>正在读取前几条记录…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="612"/>
        <location filename="../plugins/data/import_dialog.cpp" line="759"/>
        <source>The corpus cannot be read: %1</source>
        <translation>无法读取语料库：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="616"/>
        <source>Nothing to preview: no document could be read (see below).</source>
        <translation>无可预览内容：未能读取任何文档（见下文）。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="618"/>
        <source>No documents were found with this mapping (files read: %1). Check the text field and the problems below.</source>
        <translation>按此映射未找到任何文档（已读取文件：%1）。请检查正文字段和下方的问题。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="749"/>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="768"/>
        <source>Add the dataset to the project and start scanning it.</source>
        <translation>将数据集添加到项目并开始扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="899"/>
        <source>No project is open. Create or open a project first.</source>
        <translation>尚未打开项目。请先创建或打开一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="753"/>
        <location filename="../plugins/data/import_dialog.cpp" line="904"/>
        <source>Choose a corpus file or folder first.</source>
        <translation>请先选择语料库文件或文件夹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="622"/>
        <source>The first %1 documents as they will be read, from %Ln file(s). Double-click one to read it in full.</source>
        <translation>
            <numerusform>将按此方式读取的前 %1 个文档，来自 %Ln 个文件。双击其中一个可阅读其全文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="655"/>
        <source>The quick pre-scan read %Ln record(s) from the start of each file (up to %1 per file) and found no problems.</source>
        <translation>
            <numerusform>快速预扫描从每个文件开头读取了 %Ln 条记录（每个文件最多 %1），未发现问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="659"/>
        <source>The quick pre-scan read %Ln record(s) from the start of each file (up to %1 per file). Broken records are skipped and counted: %2</source>
        <translation>
            <numerusform>快速预扫描从每个文件开头读取了 %Ln 条记录（每个文件最多 %1）。损坏的记录会被跳过并计数：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="707"/>
        <source>There is no file to read: the folder is empty, or no file in it matches the file pattern.</source>
        <translation>没有可读取的文件：文件夹为空，或其中没有与文件模式匹配的文件。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="709"/>
        <source>%1 is not a text file (it holds NUL bytes): a binary file cannot be a corpus.</source>
        <translation>%1 不是文本文件（其中含有 NUL 字节）：二进制文件不能作为语料库。</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="710"/>
        <source>None of the %Ln files is a text file (they hold NUL bytes): binary files cannot be a corpus.</source>
        <translation>
            <numerusform>这 %Ln 个文件都不是文本文件（其中含有 NUL 字节）：二进制文件不能作为语料库。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="713"/>
        <source>%1 is empty: there are no documents to import.</source>
        <translation>%1 为空：没有可导入的文档。</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="714"/>
        <source>All %Ln files are empty: there are no documents to import.</source>
        <translation>
            <numerusform>全部 %Ln 个文件都为空：没有可导入的文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="716"/>
        <source>None of the %Ln files holds text that can be read: each is empty, binary or cannot be opened.</source>
        <translation>
            <numerusform>这 %Ln 个文件都不包含可读取的文本：每个文件要么为空，要么是二进制文件，要么无法打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="721"/>
        <source>the %Ln files</source>
        <translation>
            <numerusform>这 %Ln 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/data/import_dialog.cpp" line="723"/>
        <source>No document could be read from %1: all %Ln record(s) read were broken.</source>
        <translation>
            <numerusform>无法从 %1 读取任何文档：已读取的 %Ln 条记录全部损坏。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="725"/>
        <source>No document could be read from %1.</source>
        <translation>无法从 %1 读取任何文档。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="729"/>
        <source>The first: %1 at %2 (%3).</source>
        <translation>第一个问题：%1，位于 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="733"/>
        <source>%1 %2</source>
        <comment>two sentences: the verdict, then the first broken record</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="751"/>
        <source>Adding the dataset to the project…</source>
        <translation>正在将数据集添加到项目…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="757"/>
        <source>Reading the start of the corpus…</source>
        <translation>正在读取语料库开头…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="774"/>
        <source>This corpus cannot be imported. %1</source>
        <translation>无法导入此语料库。%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="796"/>
        <source>Reading every record of the corpus…</source>
        <translation>正在读取语料库的每一条记录…</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="827"/>
        <source>The whole corpus could not be read: %1</source>
        <translation>无法读取整个语料库：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="832"/>
        <source>no problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="835"/>
        <source>The whole corpus was read: %1 records, %2 of them good documents. Problems: %3.</source>
        <translation>已读取整个语料库：%1 条记录，其中 %2 条为有效文档。问题：%3。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="841"/>
        <source>Stopped after %1 records (%2 of the corpus). Problems so far: %3.</source>
        <translation>读取 %1 条记录（语料库的 %2）后已停止。目前发现的问题：%3。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="858"/>
        <source>Record %1 — %2</source>
        <translation>记录 %1 — %2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="869"/>
        <source>No metadata fields.</source>
        <translation>没有元数据字段。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="869"/>
        <source>Metadata:
%1</source>
        <translation>元数据：
%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="910"/>
        <source>The corpus %1 does not exist.</source>
        <translation>语料库 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="914"/>
        <source>The corpus %1 cannot be read (permission denied).</source>
        <translation>无法读取语料库 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="918"/>
        <source>%1 is a folder: import a folder on its own (with a file pattern), or choose files.</source>
        <translation>%1 是文件夹：请单独导入文件夹（并指定文件模式），或选择文件。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="925"/>
        <source>&quot;%1&quot; cannot be a dataset name. %2</source>
        <translation>“%1”不能作为数据集名称。%2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="989"/>
        <source>The project already has a dataset called &quot;%1&quot;. Choose another name.</source>
        <translation>项目中已有名为“%1”的数据集。请另选一个名称。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="929"/>
        <source>The start of the corpus is still being read; import it once the preview is shown.</source>
        <translation>仍在读取语料库开头；请在预览显示后再导入。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="937"/>
        <source>The records have no field &quot;%1&quot;. Choose the field that holds the text.</source>
        <translation>记录中没有字段“%1”。请选择包含正文的字段。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="985"/>
        <source>The dataset could not be added: %1</source>
        <translation>无法添加数据集：%1</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="996"/>
        <source>Dataset %1 was added to %2, which is no longer open; scan it from the Data step once that project is open again.</source>
        <translation>数据集 %1 已添加到 %2，但该项目已不再打开；请在该项目再次打开后，在“数据”步骤中扫描它。</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="1004"/>
        <source>Dataset %1 added, but its scan did not start: %2</source>
        <translation>已添加数据集 %1，但其扫描未能启动：%2</translation>
    </message>
    <message>
        <location filename="../plugins/data/import_dialog.cpp" line="1007"/>
        <source>Dataset %1 added; scanning it now (see the Jobs dock).</source>
        <translation>已添加数据集 %1；正在扫描（见“任务”面板）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectPanel</name>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="38"/>
        <source>Inspect</source>
        <comment>the panel title, as the workflow step</comment>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="42"/>
        <source>Look inside a dataset before training on it. Overview: how much text there is, how much of it repeats and where it comes from. Quality rules: the %1 and %2 heuristics as numbers per document; move a threshold and see at once how many documents and words each %3 removes. Documents: read any document and see why a rule flags it. Duplicates: %4 and %5 side by side. Actions: write a filtered, deduplicated or %6-selected dataset that remembers how it was made (its %7).</source>
        <translation>在训练之前检查数据集内部。概览：有多少文本、其中有多少重复、来自何处。质量规则：以每个文档的数值呈现 %1 和 %2 启发式规则；移动阈值即可立即看到每条%3移除多少文档和词。文档：阅读任意文档，查看规则为何标记它。重复项：将%4和%5并排显示。操作：写入经过过滤、去重或 %6 选择的数据集，该数据集会记住它是如何生成的（即其%7）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="49"/>
        <source>Gopher</source>
        <translation>Gopher</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="49"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="50"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="51"/>
        <source>exact copies</source>
        <translation>完全副本</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="52"/>
        <source>near copies</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="53"/>
        <source>DSIR</source>
        <translation>DSIR</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="54"/>
        <source>provenance</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="57"/>
        <source>No project is open. Create or open a project, then import a corpus in the Data step.</source>
        <translation>尚未打开项目。请创建或打开一个项目，然后在“数据”步骤中导入语料库。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="81"/>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="274"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="93"/>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="108"/>
        <source>Show examples</source>
        <translation>显示示例</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="108"/>
        <source>Hide examples</source>
        <translation>隐藏示例</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="119"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="120"/>
        <source>Quality rules</source>
        <translation>质量规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="121"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="122"/>
        <source>Duplicates</source>
        <translation>重复项</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="123"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="126"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="188"/>
        <source>%1 (documents: %2)</source>
        <translation>%1（文档：%2）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="241"/>
        <source>The scan did not start: %1</source>
        <translation>扫描未能启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="245"/>
        <source>Scanning %1; progress and Stop are in the Jobs dock.</source>
        <translation>正在扫描 %1；进度和停止按钮在“任务”面板中。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="249"/>
        <source>The scan did not finish: %1</source>
        <translation>扫描未完成：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="250"/>
        <source>it was stopped</source>
        <translation>扫描已被停止</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="251"/>
        <source>it failed (see the Jobs dock)</source>
        <translation>扫描失败（见“任务”面板）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="265"/>
        <source>No datasets yet: import a corpus in the Data step.</source>
        <translation>尚无数据集：请在“数据”步骤中导入语料库。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="274"/>
        <source>Scan again</source>
        <translation>重新扫描</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="276"/>
        <source>Reading the dataset&apos;s scan…</source>
        <translation>正在读取数据集的扫描结果…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="280"/>
        <source>Not scanned yet. Scan it to see its statistics, quality signals and duplicates.</source>
        <translation>尚未扫描。扫描后可查看其统计信息、质量信号和重复项。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="283"/>
        <source>Documents: %1; files: %2.</source>
        <translation>文档：%1；文件：%2。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="294"/>
        <source>Partial scan: some input could not be read to its end, so the numbers below cover only what was read. Records skipped: %1</source>
        <translation>部分扫描：部分输入未能读到结尾，因此下方数字仅涵盖已读取的内容。跳过的记录：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="295"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_panel.cpp" line="297"/>
        <source>Some records could not be read and were skipped: %1</source>
        <translation>部分记录无法读取，已跳过：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::InspectSession</name>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="313"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="315"/>
        <source>The dataset&apos;s field mapping cannot be read: %1</source>
        <translation>无法读取数据集的字段映射：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="318"/>
        <source>The dataset&apos;s signals file does not match its scan: %1. Inspect the dataset again.</source>
        <translation>数据集的信号文件与其扫描结果不符：%1。请重新检查该数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="321"/>
        <source>The dataset&apos;s scan results cannot be read: %1. Scan it again.</source>
        <translation>无法读取数据集的扫描结果：%1。请重新扫描。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="363"/>
        <source>the dataset&apos;s settings are not a JSON object</source>
        <translation>数据集的设置不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="369"/>
        <source>Some saved quality rule choices of dataset %1 could not be used; those rules have their defaults: %2</source>
        <translation>数据集 %1 已保存的部分质量规则设置无法使用；这些规则已恢复为默认值：%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="406"/>
        <source>The quality rule choices could not be saved: the project file is damaged.</source>
        <translation>无法保存质量规则设置：项目文件已损坏。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="431"/>
        <source>The quality rule choices could not be saved in the project: %1</source>
        <translation>无法将质量规则设置保存到项目中：%1</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="439"/>
        <source>No dataset is open.</source>
        <translation>没有打开的数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/inspect_session.cpp" line="500"/>
        <source>Counting what the rules remove failed: %1</source>
        <translation>统计规则移除的内容失败：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::JobSpecs</name>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="61"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="64"/>
        <source>must be a list of rules</source>
        <translation>必须是规则列表</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="71"/>
        <source>must be an object with a &quot;key&quot;</source>
        <translation>必须是带有 &quot;key&quot; 的对象</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="77"/>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>未知规则 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="85"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/job_specs.cpp" line="91"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::OverviewTab</name>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="39"/>
        <source>URL host</source>
        <translation>URL 主机</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="51"/>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="51"/>
        <source>Documents the scan read (broken records are counted as problems, not documents).</source>
        <translation>扫描读取的文档（损坏的记录计为问题，不计为文档）。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="53"/>
        <source>words</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="53"/>
        <source>Whitespace-separated words with at least one non-punctuation character.</source>
        <translation>以空白分隔、至少包含一个非标点字符的词。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="55"/>
        <source>of text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="55"/>
        <source>Size of the documents&apos; text in UTF-8, without JSON syntax or compression.</source>
        <translation>文档正文的 UTF-8 大小，不含 JSON 语法和压缩。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="59"/>
        <source>exact duplicates</source>
        <translation>完全重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="57"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="362"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="368"/>
        <source>tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="57"/>
        <source>Token counts need a tokenizer: train or add one in the Tokenizer step.</source>
        <translation>词元计数需要分词器：请在“分词器”步骤中训练或添加一个。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="59"/>
        <source>Documents deduplication removes as exact copies: their normalized text repeats an earlier document.</source>
        <translation>去重时作为完全副本移除的文档：其规范化文本与前面某个文档重复。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="61"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="311"/>
        <source>near duplicates beyond exact copies</source>
        <translation>完全副本之外的近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="63"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="310"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="327"/>
        <source>removed by deduplication</source>
        <translation>被去重移除</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="63"/>
        <source>Exact copies and near duplicates together: what removing exact and near duplicates takes out of this dataset.</source>
        <translation>完全副本与近似重复合计：移除完全重复和近似重复时会从此数据集中去掉的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="65"/>
        <source>removed by the enabled rules</source>
        <translation>被已启用规则移除</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="65"/>
        <source>Documents failing at least one enabled quality rule, with the thresholds as set in Quality rules.</source>
        <translation>未通过至少一条已启用质量规则的文档，阈值按“质量规则”中的设置。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="92"/>
        <source>fail %1 rules</source>
        <translation>未通过%1规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="93"/>
        <source>Share of documents failing at least one enabled rule of this family.</source>
        <translation>未通过该类别中至少一条已启用规则的文档比例。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="103"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="113"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="118"/>
        <source>Most frequent values of</source>
        <translation>最常见的值：</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="122"/>
        <source>This dataset has no metadata fields. Map fields such as url or source on import to see where its documents come from.</source>
        <translation>此数据集没有元数据字段。导入时映射 url 或 source 等字段，即可查看其文档的来源。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="130"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="130"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="150"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="130"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="357"/>
        <source>tokens with %1</source>
        <translation>词元（使用 %1）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="358"/>
        <source>Tokens in this dataset&apos;s shards, %1 of them held out for measuring.</source>
        <translation>此数据集分片中的词元数，其中 %1 留出用于测量。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="361"/>
        <source>no tokenizer yet</source>
        <translation>尚无分词器</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="318"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="319"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="364"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="320"/>
        <source>near duplicates beyond exact copies: scan again to count them</source>
        <translation>完全副本之外的近似重复：请重新扫描以统计</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="321"/>
        <source>removed by deduplication: scan again to count them</source>
        <translation>被去重移除：请重新扫描以统计</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="322"/>
        <source>This scan was made before near duplicates were counted apart from exact copies. Scan the dataset again to count the near duplicates beyond the exact copies and what deduplication removes in total.</source>
        <translation>此扫描是在近似重复与完全副本分开统计之前进行的。请重新扫描数据集，以统计完全副本之外的近似重复以及去重总共移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="330"/>
        <source>near duplicates beyond exact copies (similarity %1 and above; clusters: %2)</source>
        <translation>完全副本之外的近似重复（相似度 %1 及以上；簇：%2 个）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="333"/>
        <source>near duplicates beyond exact copies (clusters: %1)</source>
        <translation>完全副本之外的近似重复（簇：%1 个）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="335"/>
        <source>Documents in a MinHash-LSH cluster of similar documents that are not its first document and not already an exact copy: deduplication removes them after the exact copies.</source>
        <translation>MinHash-LSH 相似文档簇中既不是簇内第一个文档、也不是完全副本的文档：去重会在移除完全副本之后移除它们。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="340"/>
        <source>The largest %1 cluster holds %2 documents, %3 of the dataset. A cluster that large is usually boilerplate many documents share (a licence, a template, a header) or a %4 threshold set too low: look at it in Duplicates before removing it.</source>
        <translation>最大的%1簇包含 %2 个文档，占数据集的 %3。这么大的簇通常是许多文档共有的模板文本（许可证、模板、页眉），或是%4阈值设得过低：移除之前请先在“重复项”中查看。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="344"/>
        <source>near-duplicate</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="346"/>
        <source>similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="365"/>
        <source>tokens: tokenize this dataset in the Tokenizer step</source>
        <translation>词元：请在“分词器”步骤中对此数据集分词</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="382"/>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="409"/>
        <location filename="../plugins/inspect/overview_tab.cpp" line="427"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/overview_tab.cpp" line="430"/>
        <source>Top %1 values of %2</source>
        <translation>%2 的前 %1 个值</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::PreviewTableModel</name>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="52"/>
        <source>%1 = %2</source>
        <comment>metadata field = value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="90"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="91"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="92"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="93"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/preview_table_model.cpp" line="94"/>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::ProblemTableModel</name>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="26"/>
        <source>%1: %2</source>
        <comment>problem kind: count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="76"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="77"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../widgets/corpus/problem_table_model.cpp" line="78"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::QualityTab</name>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="51"/>
        <source>Reset to defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="53"/>
        <source>Switch every rule on again with the thresholds of the papers (Gopher as in datatrove, C4 as in TFDS), for this dataset from now on.</source>
        <translation>重新启用所有规则，并使用论文中的阈值（Gopher 按 datatrove，C4 按 TFDS），自此对该数据集生效。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="65"/>
        <source>Tick a %1 to use it when filtering; change its threshold on its chart below (drag the red line or type the value). &quot;Alone&quot; is what a rule removes by itself, &quot;in sequence&quot; what it removes after the rules above it. The rules are the %2 and %3 heuristics; the counts come from the dataset&apos;s %4, so no text is read again. Your choices are kept with this dataset in the project. Double-click a rule to see its chart.</source>
        <translation>勾选一条%1即可在过滤时使用它；在下方它的图表上修改阈值（拖动红线或输入数值）。“单独”是规则自身会移除的内容，“依次”是它在上方规则之后移除的内容。这些规则是 %2 和 %3 启发式规则；计数来自数据集的%4，因此不会重新读取文本。您的选择会随此数据集保存在项目中。双击一条规则可查看其图表。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="72"/>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="73"/>
        <source>Gopher</source>
        <translation>Gopher</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="74"/>
        <source>C4</source>
        <translation>C4</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="75"/>
        <source>signals file</source>
        <translation>信号文件</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="135"/>
        <source>Other signals</source>
        <translation>其他信号</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="190"/>
        <source>Scan the dataset to count what the rules remove.</source>
        <translation>扫描数据集后即可统计规则移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="193"/>
        <source>Counting what the rules remove…</source>
        <translation>正在统计规则移除的内容…</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/quality_tab.cpp" line="195"/>
        <source>The enabled rules remove %1 of %2 documents and %3 of %4 words.</source>
        <translation>已启用的规则移除 %2 个文档中的 %1，以及 %4 个词中的 %3。</translation>
    </message>
</context>
<context>
    <name>adaptlab::corpus_panel::RuleTableModel</name>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="80"/>
        <source>%1 %2</source>
        <comment>bound and threshold, e.g. &apos;at least 50&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="86"/>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="90"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="108"/>
        <source>%1: %2</source>
        <comment>rule label: why the rule exists</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="113"/>
        <source>What this rule would remove if it were the only rule.</source>
        <translation>如果只有这一条规则，它会移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="116"/>
        <source>What this rule removes that the enabled rules above it have not removed already.</source>
        <translation>此规则移除的、且尚未被其上方已启用规则移除的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="153"/>
        <source>The rule; tick it to use it when filtering.</source>
        <translation>规则；勾选后在过滤时使用。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="154"/>
        <source>The paper&apos;s group of rules it belongs to.</source>
        <translation>该规则所属的论文规则组。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="155"/>
        <source>The documents this rule keeps: those whose value is at least or at most the threshold.</source>
        <translation>此规则保留的文档：值至少或至多达到阈值的文档。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="157"/>
        <source>Documents this rule would remove if it were the only rule.</source>
        <translation>如果只有这一条规则，它会移除的文档。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="158"/>
        <source>Words in the documents this rule would remove if it were the only rule.</source>
        <translation>如果只有这一条规则，它会移除的文档中的词。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="159"/>
        <source>Documents this rule removes that the enabled rules above it have not removed already.</source>
        <translation>此规则移除的、且尚未被其上方已启用规则移除的文档。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="161"/>
        <source>Words in the documents this rule removes after the enabled rules above it.</source>
        <translation>此规则在其上方已启用规则之后移除的文档中的词。</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="171"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="172"/>
        <source>Family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="173"/>
        <source>Keeps documents with</source>
        <translation>保留条件</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="174"/>
        <source>Removes alone</source>
        <translation>单独移除</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="175"/>
        <source>Words alone</source>
        <translation>单独（词）</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="176"/>
        <source>Removes in sequence</source>
        <translation>依次移除</translation>
    </message>
    <message>
        <location filename="../plugins/inspect/rule_table_model.cpp" line="177"/>
        <source>Words in sequence</source>
        <translation>依次（词）</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::AppContext</name>
    <message>
        <location filename="../app/gui/app_context.cpp" line="124"/>
        <source>Closed before it was open.</source>
        <translation>在打开完成之前已关闭。</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="224"/>
        <source>No project is open. Create or open a project before starting a job.</source>
        <translation>尚未打开项目。请先新建或打开一个项目，再启动任务。</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="230"/>
        <source>The job was refused: %1: %2</source>
        <translation>任务被拒绝：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="243"/>
        <source>%1 (starting)</source>
        <comment>job label while its run is being created</comment>
        <translation>%1（正在启动）</translation>
    </message>
    <message>
        <location filename="../app/gui/app_context.cpp" line="265"/>
        <source>The store did not create the run.</source>
        <translation>项目存储未能创建该运行。</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::HelpWindow</name>
    <message>
        <location filename="../app/gui/help_window.cpp" line="18"/>
        <source>AdaptLab Help</source>
        <translation>AdaptLab 帮助</translation>
    </message>
    <message>
        <location filename="../app/gui/help_window.cpp" line="21"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location filename="../app/gui/help_window.cpp" line="22"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>its metadata names the workflow step &quot;%1&quot;, which this build does not have (known steps: %2)</source>
        <translation>其元数据指定了工作流步骤 &quot;%1&quot;，但此版本中没有该步骤（已知步骤：%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="166"/>
        <source>its createPanel() returned no widget</source>
        <translation>其 createPanel() 未返回控件</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="168"/>
        <source>it failed while creating its panel: %1</source>
        <translation>创建面板时失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>it failed while creating its panel</source>
        <translation>创建面板时失败</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <source>Plugins (%n failed)</source>
        <translation>
            <numerusform>插件（%n 个失败）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>Not available in this build yet</source>
        <translation>此版本中尚不可用</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="238"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="240"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="252"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="258"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="261"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="266"/>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="269"/>
        <source>&amp;Plugins</source>
        <translation>插件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="272"/>
        <source>&amp;About AdaptLab</source>
        <translation>关于 AdaptLab(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="289"/>
        <source>Device: not configured</source>
        <translation>设备：未配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="295"/>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="297"/>
        <source>CUDA devices visible: %1</source>
        <translation>可见的 CUDA 设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="298"/>
        <source>No CUDA device is visible to this build.</source>
        <translation>此版本看不到任何 CUDA 设备。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="299"/>
        <source>Torch threads: %1</source>
        <translation>Torch 线程：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="300"/>
        <source>Cores available to AdaptLab: %1</source>
        <translation>AdaptLab 可用的核心数：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="304"/>
        <source>%1, %2 kernels</source>
        <comment>BLAS, OpenBLAS core</comment>
        <translation>%1，%2 内核</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="306"/>
        <source>%1, %2 GFLOP/s</source>
        <comment>BLAS, measured sgemm speed</comment>
        <translation>%1，%2 GFLOP/s</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="307"/>
        <source>BLAS: %1</source>
        <translation>BLAS：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="310"/>
        <source>Kernels: %1</source>
        <translation>内核：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="343"/>
        <source>reference BLAS (slow: install libopenblas0-openmp)</source>
        <translation>参考 BLAS（较慢：请安装 libopenblas0-openmp）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="345"/>
        <source>unknown BLAS</source>
        <translation>未知 BLAS</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>built into LibTorch</source>
        <translation>内置于 LibTorch</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="347"/>
        <source>%1 (built into LibTorch)</source>
        <translation>%1（内置于 LibTorch）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="353"/>
        <source>openmp</source>
        <translation>openmp</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="355"/>
        <source>pthreads</source>
        <translation>pthreads</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="357"/>
        <source>sequential</source>
        <translation>串行</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>1 thread</source>
        <translation>1 个线程</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="359"/>
        <source>%1 threads</source>
        <translation>%1 个线程</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>%1 (%2)</source>
        <comment>BLAS name (threading, threads)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="360"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="430"/>
        <source>Cannot Open Project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="431"/>
        <source>The folder %1 could not be opened as an AdaptLab project.</source>
        <translation>无法将文件夹 %1 作为 AdaptLab 项目打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="427"/>
        <source>Cannot Create Project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="428"/>
        <source>No project could be created in %1.</source>
        <translation>无法在 %1 中创建项目。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="446"/>
        <source>%1

The current project stays open.</source>
        <translation>%1

当前项目保持打开。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="457"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="462"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="464"/>
        <source>AdaptLab</source>
        <translation>AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="468"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="470"/>
        <source>%1 — AdaptLab</source>
        <translation>%1 — AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="482"/>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="486"/>
        <source>Clear Menu</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="492"/>
        <source>Choose an Empty Folder for the New Project</source>
        <translation>为新项目选择一个空文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="500"/>
        <source>Open Project Folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="522"/>
        <source>Device policy set to %1.</source>
        <translation>设备策略已设为 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="524"/>
        <source>Cannot Use This Device</source>
        <translation>无法使用此设备</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="524"/>
        <source>The device policy could not be applied.</source>
        <translation>无法应用设备策略。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="532"/>
        <source>About AdaptLab</source>
        <translation>关于 AdaptLab</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="533"/>
        <source>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;A workbench for turning a general language model into a specialist: inspect corpora, plan a data mixture, continue pre-training or fine-tune, and compare what each run learned.&lt;/p&gt;&lt;p&gt;Torch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AdaptLab %1&lt;/h3&gt;&lt;p&gt;把通用语言模型变成领域专家的工作台：检查语料库、规划数据配比、继续预训练或微调，并比较每次运行学到了什么。&lt;/p&gt;&lt;p&gt;Torch %2，运行于 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="620"/>
        <source>Runs are still going</source>
        <translation>仍有运行在进行中</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="621"/>
        <source>%n run(s) of this project are still going.</source>
        <translation>
            <numerusform>此项目有 %n 个运行仍在进行中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="623"/>
        <source>They can keep running without the window: when you open the project again, the Jobs dock shows their progress and results. Or stop them now; each gets its grace period to save its work.</source>
        <translation>关闭窗口后它们仍可继续运行：再次打开项目时，“任务”面板会显示其进度和结果。也可以现在停止它们；每个运行都有宽限期来保存其工作。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="626"/>
        <source>Keep them running</source>
        <translation>让它们继续运行</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="628"/>
        <source>Stop them</source>
        <translation>停止它们</translation>
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
        <source>Passed to every job started from now on that runs a model (training, evaluation); running jobs keep their device. Corpus jobs and tokenizer training always run on the CPU.</source>
        <translation>传递给此后启动的每个运行模型的任务（训练、评估）；正在运行的任务保留其设备。语料库任务和分词器训练始终在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="48"/>
        <source>No CUDA device is visible to this build of AdaptLab, so CUDA cannot be chosen. Passed to every job started from now on that runs a model; corpus jobs and tokenizer training always run on the CPU.</source>
        <translation>此 AdaptLab 版本看不到任何 CUDA 设备，因此无法选择 CUDA。传递给此后启动的每个运行模型的任务；语料库任务和分词器训练始终在 CPU 上运行。</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.cpp" line="53"/>
        <source>Run models on:</source>
        <translation>模型运行于：</translation>
    </message>
</context>
<context>
    <name>adaptlab::gui::StepPage</name>
    <message>
        <location filename="../app/gui/step_page.cpp" line="16"/>
        <source>&lt;p&gt;Nothing to do here yet. Meanwhile, bring your corpora in (Data), clean and deduplicate them (Inspect), and train or import a tokenizer and turn your datasets into token shards (Tokenizer): training will read them without tokenizing again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里暂时还没有要做的事。在此期间，请导入您的语料库（数据），对其进行清洗和去重（检查），并训练或导入一个分词器，将数据集转换为词元分片（分词器）：训练将直接读取它们，无需再次分词。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="20"/>
        <source>&lt;p&gt;Nothing to do here yet. The Tokenizer step already measures how well a tokenizer fits each dataset (fertility, byte fallback and the words that cost the most tokens).&lt;/p&gt;</source>
        <translation>&lt;p&gt;这里暂时还没有要做的事。分词器步骤已经可以测量分词器与每个数据集的契合程度（切分率、字节回退以及消耗词元最多的词）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="23"/>
        <source>&lt;p&gt;Nothing to do here yet. The Project step lists every run with its status, and each run&apos;s folder (&lt;code&gt;runs/&amp;lt;number&amp;gt;/&lt;/code&gt; in the project) keeps its settings, log and results.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此处暂时无事可做。“项目”步骤列出了每个运行及其状态，每个运行的文件夹（项目中的 &lt;code&gt;runs/&amp;lt;编号&amp;gt;/&lt;/code&gt;）保存其设置、日志和结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="36"/>
        <source>Help: &lt;a href=&quot;%1&quot;&gt;what this step is for&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;glossary&lt;/a&gt;</source>
        <translation>帮助：&lt;a href=&quot;%1&quot;&gt;此步骤的用途&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;术语表&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="40"/>
        <source>&lt;b&gt;Not in AdaptLab yet.&lt;/b&gt; The panel for this step is still being built and comes with a later version.</source>
        <translation>&lt;b&gt;AdaptLab 尚未提供。&lt;/b&gt;此步骤的面板仍在开发中，将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../app/gui/step_page.cpp" line="47"/>
        <source>What you can do today</source>
        <translation>目前可以做什么</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::ClustersScatter</name>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="17"/>
        <source>Each document at its place on the two directions in which the embeddings vary most; documents close together read alike to the model. Click a point to select its cluster.</source>
        <translation>每个文档按其在嵌入变化最大的两个方向上的位置显示；彼此靠近的文档在模型看来内容相似。点击一个点可选中它所在的簇。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="76"/>
        <source>first principal component (%1% of the variance)</source>
        <translation>第一主成分（方差的 %1%）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="81"/>
        <source>second (%1%)</source>
        <translation>第二主成分（%1%）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_scatter.cpp" line="84"/>
        <source>No clusters yet</source>
        <translation>尚无聚类结果</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::ClustersTab</name>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="59"/>
        <source>Train run %1 (%2)</source>
        <translation>训练运行 %1（%2）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="69"/>
        <source>Run %1: %2, k = %3</source>
        <translation>运行 %1：%2，k = %3</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="90"/>
        <source>Finds the domains hidden in a dataset: a model of the project turns every document into a vector (the mean of its last hidden states) and k-means groups the documents it reads alike. Check the clusters you want and save them as datasets, which can be tokenized and become sources of a mixture plan.</source>
        <translation>找出数据集中隐藏的领域：项目中的某个模型把每个文档转换成一个向量（其最后一层隐藏状态的均值），k-means 再把模型读来相似的文档归为一组。勾选需要的簇并将其保存为数据集，这些数据集可以分词，并成为配比方案的来源。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="101"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="107"/>
        <source>A train run&apos;s model, or any Hugging Face Llama folder (type its path or browse).</source>
        <translation>某个训练运行的模型，或任意 Hugging Face Llama 文件夹（输入其路径或浏览）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="108"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="111"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="117"/>
        <source>How many clusters k-means makes.</source>
        <translation>k-means 生成的簇数。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="122"/>
        <source>How many documents are clustered: the first ones of the dataset.</source>
        <translation>参与聚类的文档数：取数据集开头的这些文档。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="123"/>
        <source>Clusters (k):</source>
        <translation>簇数（k）：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="126"/>
        <source>Documents (the first):</source>
        <translation>文档数（从开头取）：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="129"/>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="131"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="151"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="173"/>
        <source>Select a cluster to read example documents (those nearest its centre).</source>
        <translation>选择一个簇以阅读示例文档（最靠近其中心的那些）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="180"/>
        <source>New datasets&apos; name prefix:</source>
        <translation>新数据集的名称前缀：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="183"/>
        <source>Cluster 3 becomes the dataset PREFIX-3.</source>
        <translation>簇 3 会成为数据集 PREFIX-3。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="185"/>
        <source>Save as datasets</source>
        <translation>保存为数据集</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="187"/>
        <source>Writes each checked cluster&apos;s documents as a new dataset of the project.</source>
        <translation>将每个已勾选簇的文档写为项目中的新数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="198"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="248"/>
        <source>The project could not be read: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="280"/>
        <source>A cluster run is already going.</source>
        <translation>已有一个聚类运行正在进行。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="299"/>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="304"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="309"/>
        <source>Reading documents…</source>
        <translation>正在读取文档…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="311"/>
        <source>Tokenizing…</source>
        <translation>正在分词…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="313"/>
        <source>Embedding %1 of %2 documents…</source>
        <translation>正在嵌入文档：%1 / %2…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="315"/>
        <source>Clustering…</source>
        <translation>正在聚类…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="321"/>
        <source>Clustered.</source>
        <translation>聚类完成。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="325"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="327"/>
        <source>The cluster run failed: %1</source>
        <translation>聚类运行失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="348"/>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="358"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/clusters_tab.cpp" line="352"/>
        <source>Saving %n cluster(s) as datasets…</source>
        <translation>
            <numerusform>正在将 %n 个簇保存为数据集…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="355"/>
        <source>Saved. The new datasets are in the Data step and can be tokenized into shards.</source>
        <translation>已保存。新数据集位于“数据”步骤中，可以分词生成分片。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_tab.cpp" line="373"/>
        <source>The clusters could not be read: %1</source>
        <translation>无法读取聚类结果：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/clusters_tab.cpp" line="400"/>
        <source>Cluster %1: %n document(s)</source>
        <translation>
            <numerusform>簇 %1：%n 个文档</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::ClustersTableModel</name>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="92"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="93"/>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="94"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/clusters_table_model.cpp" line="95"/>
        <source>Top words</source>
        <translation>代表词</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::LawsTab</name>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="63"/>
        <source>Small pilot runs at a few domain shares show how the domain loss falls and the general loss rises as more of the training data comes from your domain. A scaling law fitted to them predicts the share that learns the domain without losing more general ability than you allow.</source>
        <translation>在几种领域占比下进行小规模试点运行，可以看出随着训练数据中来自您领域的部分增加，领域损失如何下降、通用损失如何上升。据此拟合的缩放定律会预测一个占比：既能学到领域知识，又不会让通用能力的损失超出您允许的范围。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="69"/>
        <source>&lt;a href=&quot;adaptlab-help:glossary#scaling-law&quot;&gt;scaling laws&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;the Mixture step in the guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:glossary#scaling-law&quot;&gt;缩放定律&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;回放&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;指南中的“数据配比”步骤&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="77"/>
        <source>Pilot runs</source>
        <translation>试点运行</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="83"/>
        <source>the base model&apos;s own</source>
        <translation>基础模型自带的</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="88"/>
        <source>Domain data</source>
        <translation>领域数据</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="89"/>
        <source>General data</source>
        <translation>通用数据</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="90"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="91"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="92"/>
        <source>Domain shares</source>
        <translation>领域占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="93"/>
        <source>Steps per pilot</source>
        <translation>每次试点的步数</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="94"/>
        <source>Launch pilot runs</source>
        <translation>启动试点运行</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="97"/>
        <source>Domain share</source>
        <translation>领域占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="97"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="97"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="105"/>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="108"/>
        <source>CMR: critical mixture ratio (Gu et al. 2024)</source>
        <translation>CMR：临界配比（Gu 等 2024）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="109"/>
        <source>D-CPT: loss by share and tokens (Que et al. 2024)</source>
        <translation>D-CPT：按占比和词元数预测损失（Que 等 2024）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="122"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="123"/>
        <source>Law</source>
        <translation>定律</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="124"/>
        <source>General loss may rise (D-CPT)</source>
        <translation>通用损失允许的上升（D-CPT）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="125"/>
        <source>General loss may rise by (CMR)</source>
        <translation>通用损失允许的上升幅度（CMR）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="126"/>
        <source>Domain tokens you have (D-CPT)</source>
        <translation>现有领域词元数（D-CPT）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="128"/>
        <source>Fit the pilot runs</source>
        <translation>拟合试点运行</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="129"/>
        <source>Fit from a CSV…</source>
        <translation>从 CSV 文件拟合…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="141"/>
        <location filename="../plugins/mixture/laws_tab.cpp" line="143"/>
        <source>domain share</source>
        <translation>领域占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="141"/>
        <source>domain loss</source>
        <translation>领域损失</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="143"/>
        <source>general loss</source>
        <translation>通用损失</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="154"/>
        <source>Make a plan</source>
        <translation>生成方案</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="175"/>
        <source>Points to fit</source>
        <translation>要拟合的数据点</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="176"/>
        <source>Points (*.csv);;All files (*)</source>
        <translation>数据点 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="242"/>
        <source>Cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="298"/>
        <source>Domain shares: &quot;%1&quot; is not a number</source>
        <translation>领域占比：“%1”不是数字</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="306"/>
        <source>Choose the domain data and the general data (datasets of the project).</source>
        <translation>请选择领域数据和通用数据（项目中的数据集）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/laws_tab.cpp" line="368"/>
        <source>%n pilot run(s) started; the fit follows when they are done.</source>
        <translation>
            <numerusform>已启动 %n 次试点运行；完成后将进行拟合。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="369"/>
        <source>Some pilot runs were refused: %1</source>
        <translation>部分试点运行被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="385"/>
        <source>The pilot grid was not saved: %1</source>
        <translation>试点网格未保存：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="392"/>
        <source>Fitting…</source>
        <translation>正在拟合…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="402"/>
        <source>No pilot runs yet: launch them first, or fit points from a CSV file.</source>
        <translation>尚无试点运行：请先启动它们，或从 CSV 文件拟合数据点。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="436"/>
        <source>The fit failed: %1</source>
        <translation>拟合失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/mixture/laws_tab.cpp" line="442"/>
        <source>Fitted %1 to %n point(s) of %2.</source>
        <translation>
            <numerusform>已用 %2 的 %n 个数据点拟合 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="449"/>
        <source>Domain loss</source>
        <translation>领域损失</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="449"/>
        <source>General loss</source>
        <translation>通用损失</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="450"/>
        <source>%1: R² %2, Huber %3%4</source>
        <translation>%1：R² %2，Huber %3%4</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="452"/>
        <source> (poor fit)</source>
        <translation>（拟合不佳）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="454"/>
        <source>Not fitted.</source>
        <translation>未拟合。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="460"/>
        <source>Not recommended:</source>
        <translation>不推荐：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="466"/>
        <source>Critical mixture ratio: the largest domain share whose general loss stays within %1 of the base model&apos;s (%2)</source>
        <translation>临界配比：通用损失与基础模型相差不超过 %1 的最大领域占比（%2）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="469"/>
        <source>Critical mixture ratio: the largest domain share whose general loss stays within %1 of the base model&apos;s</source>
        <translation>临界配比：通用损失与基础模型相差不超过 %1 的最大领域占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="475"/>
        <source>The largest domain share whose general loss rises at most %1%</source>
        <translation>通用损失上升不超过 %1% 的最大领域占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="477"/>
        <source>The domain share that learns most from the domain tokens you have</source>
        <translation>能从您现有领域词元中学到最多的领域占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="483"/>
        <source>refused (see below)</source>
        <translation>已拒绝（见下文）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="526"/>
        <source>pilot points</source>
        <translation>试点数据点</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/laws_tab.cpp" line="536"/>
        <source>fitted law</source>
        <translation>拟合的定律</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::MixturePanel</name>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="45"/>
        <source>Mixture</source>
        <translation>数据配比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="46"/>
        <source>Decide what a run trains on before you start it: how much of each source, for how many tokens, how much general data to replay so the model keeps what it knew, and whether to upsample the domain at the end or condition on metadata. The plan shows at once how often each source is repeated and when it runs out.</source>
        <translation>在启动运行之前决定它用什么数据训练：每个来源用多少、训练多少词元、回放多少通用数据以让模型保留已有知识，以及是否在训练末期对领域数据上采样或以元数据为条件。方案会立即显示每个来源重复多少次、何时用尽。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="51"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;The Mixture step in the guide&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;upsampling&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;epochs&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#mixture&quot;&gt;指南中的“数据配比”步骤&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;回放&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;上采样&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;轮次&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="59"/>
        <source>Open or create a project (File menu) to plan a mixture in it.</source>
        <translation>请打开或创建一个项目（“文件”菜单），以便在其中规划数据配比。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="65"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="66"/>
        <source>The sources, their weights and the budget of a run, and what they imply.</source>
        <translation>一次运行的来源、权重和预算，以及由此得出的结果。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="70"/>
        <source>Scaling laws</source>
        <translation>缩放定律</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="80"/>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/mixture_panel.cpp" line="190"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanEditor</name>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="42"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="51"/>
        <source>A plan says what a run trains on: which sources, in what proportions, for how many tokens, with how much general data &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replayed&lt;/a&gt;, optional end-of-training &lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;upsampling&lt;/a&gt; of the domain and &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;. The right side shows what it implies as you edit: tokens and &lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;epochs&lt;/a&gt; per source, which sources run out, and the mix over training.</source>
        <translation>方案说明一次运行用什么数据训练：哪些来源、按什么比例、训练多少词元、&lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;回放&lt;/a&gt;多少通用数据，以及可选的训练末期领域&lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;上采样&lt;/a&gt;和 &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;。右侧会在编辑时即时显示其结果：每个来源的词元数和&lt;a href=&quot;adaptlab-help:glossary#epoch&quot;&gt;轮次&lt;/a&gt;、哪些来源会用尽，以及训练过程中的配比。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="66"/>
        <source>The project&apos;s plans (plans/&lt;name&gt;.json in the project folder).</source>
        <translation>项目的方案（项目文件夹中的 plans/&lt;name&gt;.json）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="67"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="69"/>
        <source>Start a new plan from the project&apos;s token shards.</source>
        <translation>基于项目的词元分片新建方案。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="70"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="72"/>
        <source>Save the plan in the project (plans/&lt;name&gt;.json); runs name the file.</source>
        <translation>将方案保存到项目中（plans/&lt;name&gt;.json）；运行通过文件名引用它。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="73"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="75"/>
        <source>Save the plan under another name.</source>
        <translation>以另一个名称保存方案。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="76"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="78"/>
        <source>Delete the plan&apos;s file from the project (runs that used it keep their own copy of its settings).</source>
        <translation>从项目中删除方案文件（使用过它的运行会保留自己的一份设置副本）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="79"/>
        <source>Train with this plan…</source>
        <translation>用此方案训练…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="81"/>
        <source>Start a training run that reads its sources, mix, budget and MeCo settings from this plan; follow it in the Train step.</source>
        <translation>启动一个从此方案读取来源、配比、预算和 MeCo 设置的训练运行；可在“训练”步骤中跟踪。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="85"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="104"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="122"/>
        <source>What the plan implies</source>
        <translation>方案推算结果</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="191"/>
        <source>The unsaved plan was kept as %1.</source>
        <translation>未保存的方案已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="206"/>
        <source>Each row is a dataset tokenized into shards (the Tokenizer step&apos;s Shards tab). Tick the ones to train on; mark general data as replay.</source>
        <translation>每一行是一个已分词为分片的数据集（“分词器”步骤的“分片”选项卡）。勾选要训练的数据集；将通用数据标记为回放。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="210"/>
        <source>%1 Not tokenized yet, so not listed: %2.</source>
        <translation>%1 尚未分词，因此未列出：%2。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="294"/>
        <source>The project has no token shards yet: build them in the Tokenizer step (Shards tab), then tick them here.</source>
        <translation>项目中还没有词元分片：请在“分词器”步骤（“分片”选项卡）中构建，然后在此勾选。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="296"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="569"/>
        <source>Tick at least one source.</source>
        <translation>请至少勾选一个来源。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="332"/>
        <source>A proposed plan: check it and save it to train with it.</source>
        <translation>这是一个建议的方案：请检查并保存，然后即可用它训练。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="340"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="350"/>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="358"/>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="366"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="387"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="370"/>
        <source>Not saved: open a project first.</source>
        <translation>未保存：请先打开一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="377"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="397"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="415"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="421"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="425"/>
        <source>Save plan as</source>
        <translation>方案另存为</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="416"/>
        <source>Name (the file plans/&lt;name&gt;.json in the project):</source>
        <translation>名称（项目中的文件 plans/&lt;name&gt;.json）：</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="425"/>
        <source>A plan named %1 exists. Replace it?</source>
        <translation>已存在名为 %1 的方案。是否替换？</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="455"/>
        <source>A new plan from the project&apos;s token shards.</source>
        <translation>基于项目词元分片的新方案。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="470"/>
        <source>Not deleted: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="481"/>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="491"/>
        <source>Delete plan</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="492"/>
        <source>Delete the plan %1 (plans/%1.json)? Runs that used it keep their settings.</source>
        <translation>删除方案 %1（plans/%1.json）？使用过它的运行会保留其设置。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="508"/>
        <source>Unsaved plan</source>
        <translation>未保存的方案</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="509"/>
        <source>The plan %1 has unsaved changes.</source>
        <translation>方案 %1 有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="510"/>
        <source>Save them first, or discard them?</source>
        <translation>先保存，还是放弃这些更改？</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="557"/>
        <source>%1 has no token shards in this project yet: build them in the Tokenizer step (Shards tab).</source>
        <translation>%1 在此项目中还没有词元分片：请在“分词器”步骤（“分片”选项卡）中构建。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="563"/>
        <source>The sources were tokenized with different tokenizers (%1): a run reads one. Tick builds of the same tokenizer.</source>
        <translation>这些来源是用不同的分词器分词的（%1）：一次运行只能读取一种。请勾选同一分词器构建的分片。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="580"/>
        <source>Not started: save the plan first (a run names the plan&apos;s file).</source>
        <translation>未启动：请先保存方案（运行通过文件名引用方案）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="584"/>
        <source>Not started: choose a base model.</source>
        <translation>未启动：请选择一个基础模型。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="590"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="599"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="610"/>
        <location filename="../plugins/mixture/plan_editor.cpp" line="631"/>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="602"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="604"/>
        <source>Run %1 started with this plan: follow it in the Train step (Run tab) or the Jobs dock.</source>
        <translation>运行 %1 已用此方案启动：可在“训练”步骤（“运行”选项卡）或“任务”面板中跟踪。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="621"/>
        <source>Train with this plan</source>
        <translation>用此方案训练</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="622"/>
        <source>A run names the plan&apos;s file: save the plan now?</source>
        <translation>运行需要引用方案文件：现在保存方案吗？</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="637"/>
        <source>The run reads its sources, their mix, the budget and the MeCo settings from plans/%1.json: %2 steps of %3 tokens (%4 tokens), tokenizer %5. Choose the model to train.</source>
        <translation>运行将从 plans/%1.json 读取来源、配比、预算和 MeCo 设置：%2 步，每步 %3 个词元（共 %4 个词元），分词器 %5。请选择要训练的模型。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="663"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — unsaved changes</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 有未保存的更改</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="663"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_editor.cpp" line="667"/>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanImplicationView</name>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Trained on</source>
        <translation>训练用量</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="39"/>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="40"/>
        <source>Runs out at</source>
        <translation>用尽于</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="40"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="41"/>
        <source>Training tokens the source has.</source>
        <translation>该来源拥有的训练词元数。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="42"/>
        <source>Tokens the plan trains on from it.</source>
        <translation>方案从该来源训练的词元数。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="43"/>
        <source>Its share of the whole budget.</source>
        <translation>它在总预算中的占比。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="45"/>
        <source>How many times the run reads the source: above 4, repeated data stops helping (Muennighoff et al. 2023).</source>
        <translation>运行读取该来源的次数：超过 4 次后，重复数据不再有帮助（Muennighoff 等 2023）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="47"/>
        <source>Where in the run its first pass ends; after that its documents repeat.</source>
        <translation>它的第一轮在运行中的结束位置；此后其文档会重复。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="63"/>
        <source>The mix over training progress</source>
        <translation>随训练进度变化的配比</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="78"/>
        <source>Working out what the plan implies…</source>
        <translation>正在推算方案结果…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="86"/>
        <source>The plan cannot be worked out yet.</source>
        <translation>暂时无法推算该方案。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="97"/>
        <source>%1 steps of %2 tokens: %3 tokens in all.</source>
        <translation>%1 步，每步 %2 个词元：共 %3 个词元。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="112"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="122"/>
        <source>Above %1 epochs: repeated data stops helping (Muennighoff et al. 2023).</source>
        <translation>超过 %1 轮：重复数据不再有帮助（Muennighoff 等 2023）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="128"/>
        <source>%1% of training</source>
        <translation>训练的 %1%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="128"/>
        <source>never</source>
        <translation>不会用尽</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="140"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="149"/>
        <source>The MeCo cooldown gets no steps at this budget: add steps or raise the cooldown fraction.</source>
        <translation>在此预算下 MeCo 冷却分不到任何步数：请增加步数或提高冷却比例。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="153"/>
        <source>Upsampling gets no steps at this budget: add steps or start it earlier.</source>
        <translation>在此预算下上采样分不到任何步数：请增加步数或提前开始上采样。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_implication_view.cpp" line="163"/>
        <source>The plan:</source>
        <translation>方案：</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanMixChart</name>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="27"/>
        <source>The mix over training: each band is one source&apos;s share of the rows at that point of the run.</source>
        <translation>训练过程中的配比：每条色带表示运行到该处时某个来源在各行中所占的比例。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="56"/>
        <source>%1–%2% of training: end-of-training upsampling</source>
        <translation>训练的 %1–%2%：训练末期上采样</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="57"/>
        <source>%1–%2% of training</source>
        <translation>训练的 %1–%2%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="59"/>
        <source>%1: %2%</source>
        <translation>%1：%2%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="76"/>
        <source>Tick at least one source to see the mix over training.</source>
        <translation>请至少勾选一个来源，以查看训练过程中的配比。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="107"/>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="109"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="125"/>
        <source>upsampling from %1%</source>
        <translation>从 %1% 开始上采样</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_mix_chart.cpp" line="127"/>
        <source>MeCo cooldown from %1%</source>
        <translation>从 %1% 开始 MeCo 冷却</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanSettings</name>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="48"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="56"/>
        <source>Tokens the run trains on, all sources together (each step trains on sequence length × global batch tokens).</source>
        <translation>运行训练的词元总数，所有来源合计（每步训练 序列长度 × 全局批大小 个词元）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="58"/>
        <source>Total tokens</source>
        <translation>总词元数</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="62"/>
        <source>Tokens per training row; documents are packed into rows of this length.</source>
        <translation>每个训练行的词元数；文档会被打包成此长度的行。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="63"/>
        <source>Sequence length</source>
        <translation>序列长度</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="67"/>
        <source>Rows per optimizer step, over all workers.</source>
        <translation>每个优化器步的行数，所有工作进程合计。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="68"/>
        <source>Global batch</source>
        <translation>全局批大小</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="72"/>
        <source>Seed of the data order: the same plan and seed give every step the same sources.</source>
        <translation>数据顺序的随机种子：相同的方案和种子会让每一步得到相同的来源。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="73"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="76"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="79"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="83"/>
        <source>The replay sources&apos; share of EVERY batch; the domain sources share the rest by weight.</source>
        <translation>回放来源在每一个批次中都占的比例；领域来源按权重分摊其余部分。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="85"/>
        <source>General data in every batch</source>
        <translation>每个批次中的通用数据</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="87"/>
        <source>5%</source>
        <translation>5%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="89"/>
        <source>A weak shift: the domain is close to the model&apos;s general data (e.g. more of the same language).</source>
        <translation>弱迁移：领域与模型的通用数据接近（例如同一语言的更多数据）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="90"/>
        <source>25%</source>
        <translation>25%</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="92"/>
        <source>A strong shift: a new language or a very different domain.</source>
        <translation>强迁移：新语言或差异很大的领域。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="99"/>
        <source>About 5% for a weak shift, 25% for a strong one (Ibrahim et al. 2024). Tick the general sources as &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; in the table.</source>
        <translation>弱迁移约 5%，强迁移约 25%（Ibrahim 等 2024）。请在表格中将通用来源勾选为&lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;回放&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="106"/>
        <source>End-of-training upsampling</source>
        <translation>训练末期上采样</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="108"/>
        <source>Upsample the domain at the end of training</source>
        <translation>在训练末期对领域数据上采样</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="110"/>
        <source>From the start below to the end of the run the sources take their &quot;Weight at the end&quot;; never the whole run.</source>
        <translation>从下方设置的起点到运行结束，各来源采用其“末期权重”；不会覆盖整个运行。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="113"/>
        <source>Progress where upsampling begins; 80–90% is usual (the final 10–20% of steps, Blakeney et al. 2024).</source>
        <translation>上采样开始时的进度；通常为 80–90%（最后 10–20% 的步数，Blakeney 等 2024）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="117"/>
        <source>Starts at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="118"/>
        <source>The replay fraction while upsampling; &quot;as before&quot; keeps the plan&apos;s.</source>
        <translation>上采样期间的回放比例；“保持不变”沿用方案中的设置。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="121"/>
        <source>as before</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="122"/>
        <source>Replay then</source>
        <translation>上采样时回放</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="123"/>
        <source>&lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;Upsampling&lt;/a&gt; the domain over the final 10–20% of steps (start at 80–90%) sharpens it without the forgetting of a whole run on domain data.</source>
        <translation>在最后 10–20% 的步数（从 80–90% 开始）对领域数据&lt;a href=&quot;adaptlab-help:glossary#upsampling&quot;&gt;上采样&lt;/a&gt;，可强化领域能力，又不会像整个运行都用领域数据那样造成遗忘。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="129"/>
        <source>Metadata conditioning (MeCo)</source>
        <translation>元数据条件化（MeCo）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="131"/>
        <source>Prefix each document with its metadata, then cool down on plain text</source>
        <translation>在每个文档前加上其元数据，然后在纯文本上冷却</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="133"/>
        <source>Gao et al. 2025: &quot;URL: host&quot; (or another field) before each document for most of training, plain documents in the cooldown, so the model also works without metadata.</source>
        <translation>Gao 等 2025：训练的大部分时间里在每个文档前加上“URL: host”（或其他字段），冷却阶段使用纯文档，使模型在没有元数据时也能工作。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="140"/>
        <source>The metadata field the shards were built with: url (its host), or any other field.</source>
        <translation>构建分片时使用的元数据字段：url（取其主机名）或任何其他字段。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="141"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="144"/>
        <source>The prefix&apos;s label; empty: URL for url, else the field&apos;s name (Source, Topic).</source>
        <translation>前缀的标签；留空：url 字段用 URL，否则用字段名（Source、Topic）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="145"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="146"/>
        <source>Hashed metadata (the paper&apos;s ablation)</source>
        <translation>哈希化元数据（论文中的消融）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="148"/>
        <source>Replace each value by a stable hash: the grouping is kept, the words are gone.</source>
        <translation>用稳定的哈希值替换每个值：保留分组，去掉原词。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="150"/>
        <source>The last share of the steps trained on plain documents; 10% in the paper, 0 = the no-cooldown ablation.</source>
        <translation>最后在纯文档上训练的步数比例；论文中为 10%，0 = 不冷却的消融。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="153"/>
        <source>Cooldown</source>
        <translation>冷却</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="154"/>
        <source>See &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;.</source>
        <translation>参见 &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;MeCo&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_settings.cpp" line="247"/>
        <source>%1 steps of %2 tokens</source>
        <translation>%1 步，每步 %2 个词元</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanSourcesTable</name>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Tokens available</source>
        <translation>可用词元数</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="39"/>
        <source>Weight at the end</source>
        <translation>末期权重</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="40"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="41"/>
        <source>Tick the token-shard builds this plan trains on (build them in the Tokenizer step).</source>
        <translation>勾选此方案要训练的词元分片构建（在“分词器”步骤中构建）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="42"/>
        <source>Training tokens in the source&apos;s shards (the held-out split not counted).</source>
        <translation>该来源分片中的训练词元数（不含留出部分）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="44"/>
        <source>Relative share of the rows among the sources of its group: the domain sources share what replay leaves, the replay sources share the replay fraction.</source>
        <translation>在同组来源中所占行数的相对比例：领域来源分摊回放之外的部分，回放来源分摊回放比例。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="47"/>
        <source>General data mixed back into every batch at the replay fraction, so the model keeps what it knew.</source>
        <translation>按回放比例重新混入每个批次的通用数据，使模型保留已有知识。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="49"/>
        <source>The source&apos;s weight during end-of-training upsampling (only with upsampling on).</source>
        <translation>该来源在训练末期上采样期间的权重（仅在启用上采样时有效）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="50"/>
        <source>The tokenizer the shards were built with; a run reads one tokenizer.</source>
        <translation>构建分片所用的分词器；一次运行只读取一种分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="110"/>
        <source>Planned by its token count; no shards yet.</source>
        <translation>按其词元数规划；尚无分片。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="112"/>
        <source>%1 (not a shard build of this project)</source>
        <translation>%1（不是此项目构建的分片）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_sources_table.cpp" line="117"/>
        <source>from its manifest</source>
        <translation>来自其清单</translation>
    </message>
</context>
<context>
    <name>adaptlab::mixture::PlanTrainDialog</name>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="24"/>
        <source>Train with this plan</source>
        <translation>用此方案训练</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="31"/>
        <source>The model to continue training: a size preset trained from scratch, a checkpoint of an earlier run, or a Hugging Face model folder.</source>
        <translation>要继续训练的模型：从头训练的预设规模、先前运行的检查点，或 Hugging Face 模型文件夹。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="34"/>
        <source>Preset %1 (from scratch)</source>
        <translation>预设 %1（从头训练）</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="40"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="41"/>
        <source>Choose a Hugging Face model folder (config.json and safetensors).</source>
        <translation>选择 Hugging Face 模型文件夹（config.json 和 safetensors）。</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="43"/>
        <source>Base model folder</source>
        <translation>基础模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="51"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../plugins/mixture/plan_train_dialog.cpp" line="54"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
</context>
<context>
    <name>adaptlab::overview::OverviewPanel</name>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="68"/>
        <source>%1 running</source>
        <translation>%1 个运行中</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="68"/>
        <source>%1 done</source>
        <translation>%1 个已完成</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="68"/>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="70"/>
        <source>%1 stopped</source>
        <translation>%1 个已停止</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="72"/>
        <source>%1 queued</source>
        <translation>%1 个排队中</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="74"/>
        <source>%1 with a damaged status</source>
        <translation>%1 个状态已损坏</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="75"/>
        <source>runs: %1</source>
        <comment>the counts by status</comment>
        <translation>运行：%1</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="75"/>
        <source>, </source>
        <comment>between the counts by status</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="84"/>
        <source>Project overview</source>
        <translation>项目概览</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="85"/>
        <source>A project is one folder that keeps everything an adaptation needs: the datasets you bring in, the tokenizers and token shards made from them, and every run with its settings, log, checkpoints and metrics. Moving the folder moves the project.</source>
        <translation>项目就是一个文件夹，保存一次模型适配所需的一切：您导入的数据集、由它们生成的分词器和词元分片，以及每次运行的设置、日志、检查点和指标。移动该文件夹即移动整个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="92"/>
        <source>No project is open</source>
        <translation>尚未打开项目</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="95"/>
        <source>Create a project with File &gt; New Project… (choose an empty folder), or open an existing one with File &gt; Open Project… or File &gt; Open Recent.</source>
        <translation>通过“文件 &gt; 新建项目…”创建项目（选择一个空文件夹），或通过“文件 &gt; 打开项目…”或“文件 &gt; 最近打开”打开已有项目。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="118"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="121"/>
        <source>Read the project store again</source>
        <translation>重新读取项目存储</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="128"/>
        <source>datasets</source>
        <translation>个数据集</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="129"/>
        <source>Datasets registered in this project, imported and derived.</source>
        <translation>此项目中登记的数据集，包括导入的和派生的。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="132"/>
        <source>runs</source>
        <translation>次运行</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="133"/>
        <source>Jobs started in this project: tokenizer training, training, evaluation and more.</source>
        <translation>在此项目中启动的任务：分词器训练、训练、评估等。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="137"/>
        <source>metric points</source>
        <translation>个指标数据点</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="138"/>
        <source>Values recorded by runs, such as loss at each step.</source>
        <translation>运行记录的数值，例如每一步的损失。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="141"/>
        <source>artifacts</source>
        <translation>个产物</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="142"/>
        <source>Files runs produced: tokenizers, checkpoints, logs.</source>
        <translation>运行产生的文件：分词器、检查点、日志。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="157"/>
        <source>No datasets yet. Bring one in with the Data step.</source>
        <translation>暂无数据集。请通过“数据”步骤导入。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="158"/>
        <source>No runs yet. Runs appear here when a job is started, for example training a tokenizer.</source>
        <translation>暂无运行。启动任务（例如训练分词器）后，运行会显示在这里。</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="174"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="181"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="239"/>
        <source>Project folder: %1</source>
        <translation>项目文件夹：%1</translation>
    </message>
    <message>
        <location filename="../plugins/overview/overview_panel.cpp" line="264"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/overview/overview_panel.cpp" line="275"/>
        <source>in %n series</source>
        <comment>metric series (run, name, split, source)</comment>
        <translation>
            <numerusform>分布于 %n 个序列</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::ModelColumn</name>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="55"/>
        <source>Remove this column</source>
        <translation>移除此列</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="63"/>
        <source>The model that answers in this column: a run&apos;s final model or a checkpoint, a merge, or a Hugging Face folder you add.</source>
        <translation>在此列中回答的模型：某次运行的最终模型或检查点、合并模型，或您添加的 Hugging Face 文件夹。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="67"/>
        <location filename="../plugins/playground/model_column.cpp" line="79"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="68"/>
        <source>Add a Hugging Face model folder (config.json, safetensors and a tokenizer).</source>
        <translation>添加 Hugging Face 模型文件夹（config.json、safetensors 和分词器）。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="75"/>
        <source>A LoRA adapter trained on top of the model: small extra weights applied while it runs, without changing the model&apos;s files.</source>
        <translation>在该模型之上训练的 LoRA 适配器：运行时应用的少量额外权重，不会改动模型文件。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="80"/>
        <source>Add a LoRA adapter folder (adapter_config.json and adapter_model.safetensors).</source>
        <translation>添加 LoRA 适配器文件夹（adapter_config.json 和 adapter_model.safetensors）。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="86"/>
        <source>The answer appears here as the model writes it.</source>
        <translation>模型生成回答时，回答会显示在这里。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="96"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="99"/>
        <source>Adapter:</source>
        <translation>适配器：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="135"/>
        <source>Add a model folder…</source>
        <translation>添加模型文件夹…</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="140"/>
        <source>No adapter</source>
        <translation>无适配器</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="186"/>
        <source>Choose a Hugging Face model folder</source>
        <translation>选择 Hugging Face 模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="195"/>
        <source>Choose a LoRA adapter folder</source>
        <translation>选择 LoRA 适配器文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="213"/>
        <source>Choose a model for this column first.</source>
        <translation>请先为此列选择一个模型。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="216"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="228"/>
        <source>Stopped before the first token.</source>
        <translation>在第一个词元之前已停止。</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/playground/model_column.cpp" line="229"/>
        <source>Stopped after %n token(s).</source>
        <translation>
            <numerusform>在 %n 个词元后停止。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="268"/>
        <source>no chat template</source>
        <translation>无对话模板</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="269"/>
        <source>chat template %1</source>
        <translation>对话模板 %1</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="287"/>
        <source>first token after %1 s (the prompt&apos;s pass %2 ms)</source>
        <translation>首个词元用时 %1 秒（处理提示词 %2 毫秒）</translation>
    </message>
    <message>
        <location filename="../plugins/playground/model_column.cpp" line="291"/>
        <source>%1 ms per token</source>
        <translation>每个词元 %1 毫秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/playground/model_column.cpp" line="292"/>
        <source>%n token(s), done</source>
        <translation>
            <numerusform>%n 个词元，已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/playground/model_column.cpp" line="292"/>
        <source>%n token(s)…</source>
        <translation>
            <numerusform>%n 个词元…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::PlaygroundCatalog</name>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="44"/>
        <source>Run %1 · final</source>
        <translation>运行 %1 · 最终模型</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="45"/>
        <source>Run %1 · step %2</source>
        <translation>运行 %1 · 第 %2 步</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="56"/>
        <location filename="../plugins/playground/playground_catalog.cpp" line="57"/>
        <location filename="../plugins/playground/playground_catalog.cpp" line="58"/>
        <source>Run %1 · adapter</source>
        <translation>运行 %1 · 适配器</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_catalog.cpp" line="61"/>
        <source>Run %1 · step %2 adapter</source>
        <translation>运行 %1 · 第 %2 步的适配器</translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::PlaygroundPanel</name>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="49"/>
        <source>Playground</source>
        <translation>试用区</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="50"/>
        <source>Ask several models the same thing and read their answers side by side: the base model, your continued pre-training run, your fine-tuned run, a merge. Each column runs its model on its own and shows the answer as it is written, with how long the first word took and how fast the rest came.</source>
        <translation>向多个模型提出同一个问题，并排阅读它们的回答：基础模型、您的继续预训练运行、您的微调运行、一个合并模型。每一列独立运行自己的模型，边生成边显示回答，并显示第一个词用了多长时间、其余部分生成得多快。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="55"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#evaluate&quot;&gt;The Evaluate step in the guide&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;chat template&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#evaluate&quot;&gt;指南中的“评估”步骤&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;对话模板&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="61"/>
        <source>A question or an instruction (with a chat template), or the start of a text to continue (without one)</source>
        <translation>一个问题或一条指令（使用对话模板时），或一段要续写的文本开头（不使用时）</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="67"/>
        <source>None: continue the text as it is</source>
        <translation>无：按原样续写文本</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="68"/>
        <source>Automatic: the model&apos;s own, none when it names none</source>
        <translation>自动：使用模型自带的模板，未指定时不使用</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="69"/>
        <source>The model&apos;s own (from its tokenizer_config.json)</source>
        <translation>模型自带的模板（来自其 tokenizer_config.json）</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="82"/>
        <source>Optional: how the assistant should behave (&quot;Answer in one sentence.&quot;)</source>
        <translation>可选：助手应如何表现（“用一句话回答。”）</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="90"/>
        <source>The prefix&apos;s label, as the MeCo run was trained with (URL, Source, ...).</source>
        <translation>前缀的标签，与 MeCo 运行训练时所用的一致（URL、Source 等）。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="93"/>
        <source>Empty: plain. e.g. en.wikipedia.org or foldoc</source>
        <translation>留空：不加条件。例如 en.wikipedia.org 或 foldoc</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="94"/>
        <source>Condition on metadata: the prompt starts with &quot;LABEL: VALUE&quot; and a blank line, as documents did in a MeCo run (a URL is reduced to its host). The text is continued as it is, without a chat template.</source>
        <translation>以元数据为条件：提示以“标签: 值”加一个空行开头，与 MeCo 运行中的文档一样（URL 会被简化为其主机名）。文本按原样续写，不使用对话模板。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="104"/>
        <source>How many tokens each model adds at most (it stops earlier at its end of answer).</source>
        <translation>每个模型最多添加的词元数（到达回答结尾时会提前停止）。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="110"/>
        <source>0 always takes the likeliest token (the same answer every time); higher values give more varied, less sure text.</source>
        <translation>0 总是选取可能性最大的词元（每次回答都相同）；值越高，文本越多样，也越不确定。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="116"/>
        <source>Pick only among the K likeliest tokens (0: all of them).</source>
        <translation>只在可能性最大的 K 个词元中选取（0：全部）。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="122"/>
        <source>Pick only among the likeliest tokens that together make up this share of the probability (1: all of them).</source>
        <translation>只在累计概率达到此比例的最可能词元中选取（1：全部）。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="127"/>
        <source>The same seed, model and prompt give the same answer.</source>
        <translation>相同的随机种子、模型和提示词会得到相同的回答。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="129"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="132"/>
        <source>Send the prompt to every column at once.</source>
        <translation>将提示词同时发送到每一列。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="134"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="137"/>
        <source>Add a column</source>
        <translation>添加一列</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="143"/>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="149"/>
        <source>Chat template:</source>
        <translation>对话模板：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="150"/>
        <source>System prompt:</source>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="155"/>
        <source>Condition on metadata:</source>
        <translation>以元数据为条件：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="162"/>
        <source>Max tokens:</source>
        <translation>最大词元数：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="163"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="164"/>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="165"/>
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="166"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="168"/>
        <source>Sampling:</source>
        <translation>采样：</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="188"/>
        <source>Why the answers differ: each model learned from different text, so it finds different next words likely. A base or continued pre-training model only continues text; a fine-tuned model learned to answer in the shape of a chat template, and answers well only when the prompt is wrapped in that same template. With a temperature above 0 the words are drawn at random among the likely ones, so even one model answers differently with another seed.</source>
        <translation>回答为何不同：每个模型从不同的文本中学习，因此认为可能的下一个词也不同。基础模型或继续预训练模型只会续写文本；微调模型学会了按对话模板的形式回答，只有当提示词用同一模板包裹时才能答好。温度高于 0 时，词会从可能的词中随机抽取，因此即使是同一个模型，换一个随机种子也会给出不同的回答。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="267"/>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="332"/>
        <source>Conditioned on metadata: each model continues &quot;%1: %2&quot;, a blank line and your prompt as plain text, the way a MeCo run read its documents.</source>
        <translation>已以元数据为条件：每个模型都会把“%1: %2”、一个空行和您的提示作为纯文本续写，就像 MeCo 运行读取其文档那样。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="340"/>
        <source>The prompt goes to each model as plain text, which it continues. Right for base and continued pre-training models; a chat model may ramble without its template.</source>
        <translation>提示词以纯文本形式发送给每个模型，由模型续写。适用于基础模型和继续预训练模型；对话模型没有模板时可能会答非所问。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="344"/>
        <source>A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the answer starts) and stops at its end-of-answer marker. Automatic: each model uses the template named in its own tokenizer_config.json, and a model that names none (a base or continued pre-training model) continues your text as it is.</source>
        <translation>对话模板会用对话模型训练时所用的标记（谁在说话、回答从哪里开始）包裹您的提示词，并在其回答结束标记处停止。自动：每个模型使用其自身 tokenizer_config.json 中指定的模板；未指定模板的模型（基础模型或继续预训练模型）则按原样续写您的文本。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="350"/>
        <source>A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the answer starts) and stops at its end-of-answer marker. Here each model uses the template named in its own tokenizer_config.json; a model that names none shows an error: choose a template then.</source>
        <translation>对话模板会用对话模型训练时所用的标记（谁在说话、回答从哪里开始）包裹您的提示词，并在其回答结束标记处停止。此处每个模型使用其自身 tokenizer_config.json 中指定的模板；未指定模板的模型会显示错误：此时请选择一个模板。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="354"/>
        <source>A chat template wraps your prompt in the markers a chat model was trained on (who speaks, where the answer starts) and stops at its end-of-answer marker. Use the one the model was fine-tuned with; hover over the list to see each.</source>
        <translation>对话模板会用对话模型训练时所用的标记（谁在说话、回答从哪里开始）包裹您的提示词，并在其回答结束标记处停止。请使用模型微调时所用的模板；将鼠标悬停在列表上可查看各个模板。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/playground_panel.cpp" line="403"/>
        <source>The Playground could not read the project&apos;s runs: %1</source>
        <translation>试用区无法读取项目的运行：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::playground::StreamProcess</name>
    <message>
        <location filename="../plugins/playground/stream_process.cpp" line="92"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/playground/stream_process.cpp" line="176"/>
        <source>Generation failed (exit code %1) without a message.</source>
        <translation>生成失败（退出码 %1），没有任何消息。</translation>
    </message>
    <message>
        <location filename="../plugins/playground/stream_process.cpp" line="181"/>
        <source>Generation printed no result (expected a JSON object with &quot;ids&quot;).</source>
        <translation>生成没有输出结果（应为包含 &quot;ids&quot; 的 JSON 对象）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::FertilityTab</name>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="48"/>
        <source>The datasets to measure on: typically your domain corpus and a general one to compare with.</source>
        <translation>要测量的数据集：通常是您的领域语料库和一个用于对比的通用语料库。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="53"/>
        <source>The tokenizer to measure, usually the one of the model you adapt.</source>
        <translation>要测量的分词器，通常是您要适配的模型所用的分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="56"/>
        <source>Optional: a second tokenizer measured on the same datasets, e.g. one trained on your domain.</source>
        <translation>可选：在相同数据集上测量的第二个分词器，例如在您的领域上训练的分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="57"/>
        <source>Measure fertility</source>
        <translation>测量切分率</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="59"/>
        <source>Tokenizes the chosen datasets with each tokenizer as a job (see the Jobs dock) and counts tokens, words and bytes.</source>
        <translation>以任务形式用每个分词器对所选数据集进行分词（见“任务”面板），并统计词元数、词数和字节数。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="69"/>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="73"/>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="75"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="80"/>
        <source>Documents per dataset</source>
        <translation>每个数据集的文档数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="81"/>
        <source>Gap words</source>
        <translation>缺口词数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="91"/>
        <source>Fertility is the number of tokens per word. The same text costs more tokens, and so more training and context, with a higher fertility; a domain far above general text points at a vocabulary gap.</source>
        <translation>切分率是每个词的词元数。切分率越高，同样的文本消耗的词元越多，训练和上下文的开销也就越大；如果某个领域远高于通用文本，说明存在词表缺口。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="101"/>
        <source>Tokens per word of each dataset; one colour per tokenizer. Shorter bars are better.</source>
        <translation>每个数据集的每词词元数；每个分词器一种颜色。条形越短越好。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="130"/>
        <source>Tokens per word</source>
        <translation>每词词元数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="106"/>
        <source>Tokens per byte</source>
        <translation>每字节词元数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="107"/>
        <source>Byte fallback</source>
        <translation>字节回退</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="107"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="107"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="108"/>
        <source>Share of tokens spelled as single bytes: characters the vocabulary lacks.</source>
        <translation>以单个字节拼写的词元所占比例：即词表中缺少的字符。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="109"/>
        <source>Share of tokens that are the unknown token: text the tokenizer loses.</source>
        <translation>未知词元所占比例：即分词器丢失的文本。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="111"/>
        <source>Choose a row to see its vocabulary-gap list below.</source>
        <translation>选择一行，即可在下方查看其词表缺口列表。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="118"/>
        <source>Vocabulary gap</source>
        <translation>词表缺口</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Split into</source>
        <translation>切分为</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="121"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="122"/>
        <source>Count × pieces: the tokens this word costs in the whole dataset.</source>
        <translation>次数 × 词片数：该词在整个数据集中消耗的词元数。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="139"/>
        <source>The words of the dataset that cost the most tokens in total (how often they occur × how many pieces they are cut into). Many domain terms cut into 4 or more pieces mean the tokenizer does not know your domain&apos;s vocabulary.</source>
        <translation>数据集中总共消耗词元最多的词（出现次数 × 被切分成的词片数）。如果许多领域术语被切成 4 个或更多词片，说明分词器不认识您所在领域的词汇。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="158"/>
        <source>This build cannot measure fertility yet (no tokenizer_fertility job).</source>
        <translation>此版本尚不能测量切分率（没有 tokenizer_fertility 任务）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="184"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="233"/>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="245"/>
        <source>Choose at least one dataset and a tokenizer.</source>
        <translation>请至少选择一个数据集和一个分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="252"/>
        <source>The measurement could not start: %1</source>
        <translation>无法开始测量：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="256"/>
        <source>Measuring… (follow it in the Jobs dock)</source>
        <translation>正在测量…（可在“任务”面板中查看进度）</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="261"/>
        <source>Measured.</source>
        <translation>测量完成。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="263"/>
        <source>Stopped before it finished.</source>
        <translation>在完成之前已停止。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="265"/>
        <source>The measurement failed: %1</source>
        <translation>测量失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="278"/>
        <source>The fertility result could not be read: %1</source>
        <translation>无法读取切分率结果：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="328"/>
        <source>Vocabulary gap: %1 with %2</source>
        <translation>词表缺口：%1（使用 %2）</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/fertility_tab.cpp" line="338"/>
        <source>Pieces: %1</source>
        <translation>词片：%1</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::ImportTokenizerDialog</name>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="107"/>
        <source>Import a tokenizer</source>
        <translation>导入分词器</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="108"/>
        <source>To adapt an existing model, use the tokenizer it was trained with: it is in the model&apos;s folder (a Hugging Face download) as tokenizer.model (SentencePiece: Llama 2, Mistral, TinyLlama) or tokenizer.json (Llama 3, Qwen2, SmolLM, GPT-2). The files are copied into the project.</source>
        <translation>要适配现有模型，请使用该模型训练时所用的分词器：它位于模型文件夹（从 Hugging Face 下载）中，名为 tokenizer.model（SentencePiece：Llama 2、Mistral、TinyLlama）或 tokenizer.json（Llama 3、Qwen2、SmolLM、GPT-2）。这些文件会被复制到项目中。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="116"/>
        <source>A model folder, or the tokenizer.model or tokenizer.json file itself.</source>
        <translation>模型文件夹，或 tokenizer.model 或 tokenizer.json 文件本身。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="117"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="118"/>
        <source>Choose the model folder.</source>
        <translation>选择模型文件夹。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="120"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="126"/>
        <source>How the tokenizer is called in this project (default: the folder&apos;s name).</source>
        <translation>该分词器在本项目中的名称（默认：文件夹名称）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="140"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="144"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="148"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::PlaygroundTab</name>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="55"/>
        <source>Type or paste a sentence from your domain…</source>
        <translation>输入或粘贴一句您所在领域的文本…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="56"/>
        <source>The text to cut into tokens. It is encoded as you type; nothing is saved.</source>
        <translation>要切分为词元的文本。输入时即进行编码；不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="58"/>
        <source>Each coloured box is one token: what the model reads and is charged for. Fewer tokens per word means more text fits into training and into the model&apos;s context.</source>
        <translation>每个彩色方框就是一个词元：即模型读取并为之付出开销的单位。每词词元数越少，训练和模型上下文中能容纳的文本就越多。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="65"/>
        <source>Hover a piece to see its id and kind. Red boxes are single bytes: the vocabulary had no piece for that character.</source>
        <translation>将鼠标悬停在词片上可查看其 ID 和类型。红色方框表示单个字节：词表中没有该字符的词片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="72"/>
        <source>Encode the same text with a second tokenizer, to see which one cuts your domain&apos;s words into fewer pieces.</source>
        <translation>用第二个分词器对同一文本进行编码，看看哪个分词器把您领域的词切成更少的词片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="74"/>
        <source>Compare with:</source>
        <translation>对比：</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="99"/>
        <source>Optional: a second tokenizer encodes the same text below, to compare how many pieces each needs.</source>
        <translation>可选：第二个分词器在下方对同一文本进行编码，以便比较各自需要多少词片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="134"/>
        <source>(no second tokenizer)</source>
        <translation>（无第二个分词器）</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="164"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="171"/>
        <source>The second tokenizer could not be opened: %1</source>
        <translation>无法打开第二个分词器：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="190"/>
        <source>Choose a tokenizer to try it on text.</source>
        <translation>选择一个分词器，在文本上试用它。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="207"/>
        <source>The text could not be encoded: %1</source>
        <translation>无法对文本进行编码：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="239"/>
        <source>id %1: %2 (%3)</source>
        <translation>ID %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="250"/>
        <source>No tokens: type some text above.</source>
        <translation>没有词元：请在上方输入一些文本。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="255"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/playground_tab.cpp" line="256"/>
        <source>%1 tokens, %2 words, %3 tokens/word</source>
        <comment>playground count line</comment>
        <translation>%1 个词元，%2 个词，每词 %3 个词元</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::ShardsTab</name>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Tokens</source>
        <translation>词元</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="34"/>
        <source>Held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="35"/>
        <source>Whether this dataset has been tokenized with the selected tokenizer.</source>
        <translation>此数据集是否已使用所选分词器完成分词。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="36"/>
        <source>Documents kept apart for measuring the model (never trained on), and their tokens.</source>
        <translation>留出用于测量模型的文档（从不用于训练）及其词元数。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="38"/>
        <source>Tick the datasets to build shards for.</source>
        <translation>勾选要构建分片的数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="41"/>
        <source>Build shards</source>
        <translation>构建分片</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="43"/>
        <source>Tokenizes the ticked datasets once and writes their shards (a job: see the Jobs dock). Shards that exist for the same data and tokenizer are reused.</source>
        <translation>对勾选的数据集进行一次性分词并写出其分片（以任务形式运行：见“任务”面板）。相同数据和分词器已有的分片会被复用。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="48"/>
        <source>Stops the build; nothing half-written is kept.</source>
        <translation>停止构建；不会保留任何写了一半的内容。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="59"/>
        <source>Training reads token shards: each dataset cut into token ids once, saved on disk, and reused by every run (no re-tokenizing, nothing redone after a crash). Build them with the tokenizer of the model you will train.</source>
        <translation>训练读取的是词元分片：每个数据集只切分为词元 ID 一次，保存在磁盘上，并由每次运行复用（无需重新分词，崩溃后也无需重做任何工作）。请使用您将要训练的模型的分词器来构建它们。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="67"/>
        <source>Held-out documents</source>
        <translation>留出文档数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="68"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="79"/>
        <source>This build cannot build shards yet (no build_shards job).</source>
        <translation>此版本尚不能构建分片（没有 build_shards 任务）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="92"/>
        <source>Choose a tokenizer in the list to build shards with it.</source>
        <translation>在列表中选择一个分词器，以用它构建分片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="93"/>
        <source>Shards with tokenizer %1</source>
        <translation>使用分词器 %1 的分片</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="102"/>
        <source>missing: the folder is gone</source>
        <translation>缺失：文件夹已不存在</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="104"/>
        <source>stale: the dataset changed after the build</source>
        <translation>已过时：数据集在构建后发生了变化</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="147"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="105"/>
        <source>built (%1)</source>
        <translation>已构建（%1）</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="100"/>
        <source>not built</source>
        <translation>未构建</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="153"/>
        <source>%1 documents, %2 tokens</source>
        <translation>%1 个文档，%2 个词元</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="159"/>
        <source>%1
%2
Build shards again: an unchanged dataset is recognised by its content and reused.</source>
        <translation>%1
%2
请重新构建分片：未更改的数据集会按内容识别并复用。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="187"/>
        <source>Open a project and choose a tokenizer first.</source>
        <translation>请先打开一个项目并选择一个分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="192"/>
        <source>Tick at least one dataset.</source>
        <translation>请至少勾选一个数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="210"/>
        <source>Shards built.</source>
        <translation>分片构建完成。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="222"/>
        <source>%1: the build could not start: %2</source>
        <translation>%1：无法开始构建：%2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="230"/>
        <source>Building shards for %1 (%2 of %3)…</source>
        <translation>正在为 %1 构建分片（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="243"/>
        <source>%1: cancelled; no shard of this build was kept.</source>
        <translation>%1：已取消；本次构建的分片均未保留。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="245"/>
        <source>%1: the build failed: %2</source>
        <translation>%1：构建失败：%2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/shards_tab.cpp" line="257"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::TokenizerPanel</name>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="40"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="41"/>
        <source>A tokenizer cuts text into tokens, the pieces a language model reads: common words are one token, rare ones are cut into several. Fertility, the number of tokens per word, tells how well a tokenizer fits your text. A specialist domain (medicine, law, code) often has a much higher fertility than general text: its words are cut into fragments, which costs training time and context and makes them harder to learn. Here you can see your tokenizers&apos; vocabularies, try them on text, measure fertility on your datasets, and tokenize datasets once into the shards training reads.</source>
        <translation>分词器将文本切分为词元，即语言模型读取的片段：常见词是一个词元，罕见词则被切成多个。切分率，即每个词的词元数，反映了分词器与您的文本的契合程度。专业领域（医学、法律、代码）的切分率往往远高于通用文本：其词汇被切成碎片，既耗费训练时间和上下文，也使这些词更难学习。在这里，您可以查看分词器的词表，在文本上试用它们，在数据集上测量切分率，并将数据集一次性分词为训练读取的分片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="49"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#tokenizer&quot;&gt;The Tokenizer step in the guide&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#tokenizer&quot;&gt;指南中的分词器步骤&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="53"/>
        <source>Open or create a project (File menu) to see its tokenizers.</source>
        <translation>打开或创建一个项目（“文件”菜单）以查看其分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="61"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="61"/>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="121"/>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="62"/>
        <source>How many different tokens the tokenizer knows.</source>
        <translation>分词器认识的不同词元的数量。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="68"/>
        <source>The tokenizers of this project. Choose one to browse, try and use it.</source>
        <translation>本项目的分词器。选择一个即可浏览、试用和使用它。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="70"/>
        <source>No tokenizer yet. Import the one of the model you want to adapt, or train one on your datasets.</source>
        <translation>尚无分词器。请导入您要适配的模型的分词器，或在您的数据集上训练一个。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="76"/>
        <source>Import from model folder…</source>
        <translation>从模型文件夹导入…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="78"/>
        <source>Copy the tokenizer of an existing model (a Hugging Face model folder) into the project.</source>
        <translation>将现有模型（Hugging Face 模型文件夹）的分词器复制到项目中。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="80"/>
        <source>Train…</source>
        <translation>训练…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="82"/>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="224"/>
        <source>Learn a new vocabulary from a sample of your datasets.</source>
        <translation>从您的数据集样本中学习新的词表。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="86"/>
        <source>This build cannot import tokenizers yet (no tokenizer_import job).</source>
        <translation>此版本尚不能导入分词器（没有 tokenizer_import 任务）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="97"/>
        <source>Tokenizers</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="101"/>
        <source>Adapting a model? Import its tokenizer: a model can only read the tokens of the tokenizer it was trained with.</source>
        <translation>要适配模型？请导入其分词器：模型只能读取其训练时所用分词器的词元。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="122"/>
        <source>Every token the tokenizer knows, with its id.</source>
        <translation>分词器认识的每个词元及其 ID。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="123"/>
        <source>Playground</source>
        <translation>试用区</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="124"/>
        <source>Type text and see how it is cut into tokens.</source>
        <translation>输入文本，查看它如何被切分为词元。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="125"/>
        <source>Fertility</source>
        <translation>切分率</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="126"/>
        <source>Tokens per word on your datasets, and the words that cost the most.</source>
        <translation>您的数据集上的每词词元数，以及消耗词元最多的词。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="127"/>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="128"/>
        <source>Tokenize datasets once for training.</source>
        <translation>对数据集进行一次性分词，供训练使用。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="190"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="204"/>
        <source>The file %1 is gone.</source>
        <translation>文件 %1 已不存在。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="208"/>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="223"/>
        <source>Import a dataset in the Data step first: a tokenizer learns from your text.</source>
        <translation>请先在“数据”步骤中导入一个数据集：分词器要从您的文本中学习。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="267"/>
        <source>%1 on disk</source>
        <translation>磁盘上占用 %1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="269"/>
        <source>made by run %1</source>
        <translation>由运行 %1 生成</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="281"/>
        <source>The tokenizer&apos;s file is gone: %1</source>
        <translation>分词器的文件已不存在：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="284"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="288"/>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="302"/>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="308"/>
        <source>The job could not start: %1</source>
        <translation>无法启动任务：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="312"/>
        <source>Running; follow it in the Jobs dock. The tokenizer appears here when it has finished.</source>
        <translation>正在运行；可在“任务”面板中查看进度。完成后分词器会显示在这里。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="315"/>
        <source>Stopped; no tokenizer was added.</source>
        <translation>已停止；未添加分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="316"/>
        <source>The job failed: %1</source>
        <translation>任务失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_panel.cpp" line="328"/>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::TrainTokenizerDialog</name>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="26"/>
        <source>Train a tokenizer</source>
        <translation>训练分词器</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="27"/>
        <source>A tokenizer learns its vocabulary from a sample of your datasets: pieces that are common there become single tokens. Train one when you start a model from scratch on your domain; to adapt an existing model, keep that model&apos;s own tokenizer (import it) and use this one to see what it is missing.</source>
        <translation>分词器从您的数据集样本中学习词表：在样本中常见的片段会成为单个词元。如果您要在自己的领域上从头开始训练模型，请训练一个分词器；如果要适配现有模型，请保留该模型自己的分词器（导入它），并用此处训练的分词器查看它缺少什么。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="35"/>
        <source>The datasets the tokenizer learns from; each gives an equal share of the sample.</source>
        <translation>分词器学习所用的数据集；每个数据集在样本中占相同的份额。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="48"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="49"/>
        <source>Vocabulary size</source>
        <translation>词表大小</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="50"/>
        <source>Model type</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="51"/>
        <source>Sample size</source>
        <translation>样本大小</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="52"/>
        <source>Held-out documents</source>
        <translation>留出文档数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="60"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="61"/>
        <source>Starts the training as a job; follow it in the Jobs dock. The tokenizer appears in the list when it has finished.</source>
        <translation>以任务形式开始训练；可在“任务”面板中查看进度。完成后分词器会显示在列表中。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="68"/>
        <source>Datasets to learn from</source>
        <translation>用于学习的数据集</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="70"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/tokenizer_dialogs.cpp" line="102"/>
        <source>Tick at least one dataset to learn from.</source>
        <translation>请至少勾选一个用于学习的数据集。</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::VocabularyModel</name>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="126"/>
        <source>Piece %1 holds the bytes %2.</source>
        <translation>词片 %1 包含字节 %2。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="130"/>
        <source>SentencePiece unigram: the piece&apos;s log-probability (higher is more common). BPE: minus the order in which the piece was merged (closer to 0 was merged earlier).</source>
        <translation>SentencePiece unigram：词片的对数概率（越高越常见）。BPE：词片合并顺序的相反数（越接近 0 合并得越早）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="147"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="148"/>
        <source>Piece</source>
        <translation>词片</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="149"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="150"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="156"/>
        <source>The number the model sees for this piece.</source>
        <translation>模型为此词片看到的编号。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="158"/>
        <source>The piece of text; ▁ and Ġ stand for a space before the word, ␣ for a space, ↵ for a line break.</source>
        <translation>词片的文本；▁ 和 Ġ 表示词前的空格，␣ 表示空格，↵ 表示换行。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="159"/>
        <source>How the tokenizer ranks the piece (see the cells&apos; tooltips).</source>
        <translation>分词器对该词片的排序依据（见单元格的工具提示）。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary.cpp" line="160"/>
        <source>Normal text, a single byte, a special token or the unknown token.</source>
        <translation>普通文本、单个字节、特殊词元或未知词元。</translation>
    </message>
</context>
<context>
    <name>adaptlab::tokenizer_panel::VocabularyTab</name>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="18"/>
        <source>Search a piece or an id, e.g. &quot;ing&quot; or 1234</source>
        <translation>搜索词片或 ID，例如“ing”或 1234</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="20"/>
        <source>Shows the pieces that contain this text (a space also finds ▁ and Ġ, the marks of a word start), or the piece with this id.</source>
        <translation>显示包含此文本的词片（空格也会匹配 ▁ 和 Ġ，即词首标记），或具有此 ID 的词片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="22"/>
        <source>Find out whether your domain&apos;s words are whole pieces or get cut into fragments.</source>
        <translation>看看您所在领域的词是完整的词片，还是被切成了碎片。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="85"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="91"/>
        <source>Choose a tokenizer to see its vocabulary.</source>
        <translation>选择一个分词器以查看其词表。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="93"/>
        <source>%1 of %2 pieces match.</source>
        <translation>%2 个词片中有 %1 个匹配。</translation>
    </message>
    <message>
        <location filename="../plugins/tokenizer/vocabulary_tab.cpp" line="96"/>
        <source>%1 pieces.</source>
        <translation>%1 个词片。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel</name>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="161"/>
        <source>unknown data shape &quot;%1&quot;</source>
        <translation>未知的数据形式“%1”</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="164"/>
        <source>unknown chat template &quot;%1&quot;</source>
        <translation>未知的对话模板“%1”</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="176"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="181"/>
        <source>%1 has no record to show</source>
        <translation>%1 中没有可显示的记录</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_example.cpp" line="182"/>
        <source>no record of the first ones reads as %1 (%2)</source>
        <translation>前几条记录都无法按 %1 读取（%2）</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::GenerateProcess</name>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="48"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="95"/>
        <source>Generation failed (exit code %1): %2</source>
        <translation>生成失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="97"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_process.cpp" line="105"/>
        <source>Generation printed no result (expected a JSON object with &quot;text&quot;).</source>
        <translation>生成没有输出结果（应为包含 &quot;text&quot; 的 JSON 对象）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::GenerateTab</name>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="37"/>
        <source>The beginning of a text for the model to continue</source>
        <translation>供模型续写的文本开头</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="43"/>
        <source>The prefix&apos;s label, as the MeCo run was trained with (URL, Source, ...).</source>
        <translation>前缀的标签，与 MeCo 运行训练时所用的一致（URL、Source 等）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="46"/>
        <source>Empty: plain. e.g. en.wikipedia.org or foldoc</source>
        <translation>留空：不加条件。例如 en.wikipedia.org 或 foldoc</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="47"/>
        <source>A MeCo run&apos;s checkpoint can be steered: the prompt starts with &quot;LABEL: VALUE&quot; and a blank line, as its documents did before the cooldown.</source>
        <translation>MeCo 运行的检查点可以被引导：提示以“标签: 值”加一个空行开头，就像冷却之前的文档那样。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="53"/>
        <source>How many tokens the model adds at most (it stops earlier at its end-of-text token).</source>
        <translation>模型最多追加的词元数（遇到其文本结束词元时会提前停止）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="59"/>
        <source>0 always takes the likeliest token; higher values give more varied, less sure text.</source>
        <translation>0 总是选取可能性最大的词元；值越高，文本越多样，但也越不确定。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="62"/>
        <source>The same seed gives the same text.</source>
        <translation>相同的种子生成相同的文本。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="63"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="75"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="76"/>
        <source>Prompt:</source>
        <translation>提示词：</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="81"/>
        <source>Condition on metadata:</source>
        <translation>以元数据为条件：</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="83"/>
        <source>Max new tokens:</source>
        <translation>最大新词元数：</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="86"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="89"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="98"/>
        <source>Try a checkpoint on a prompt of your own: the prompt is shown in grey, what the model added in black. A model early in training repeats itself or makes up words; watch that change as the loss falls.</source>
        <translation>用您自己的提示词试用检查点：提示词显示为灰色，模型追加的内容显示为黑色。训练初期的模型会重复自己或编造词语；随着损失下降，观察这一情况如何变化。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="115"/>
        <source>Run %1 · LoRA adapter on its base</source>
        <translation>运行 %1 · 基础模型上的 LoRA 适配器</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="118"/>
        <source>Base %1 with the adapter %2 applied</source>
        <translation>基础模型 %1，应用适配器 %2</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="121"/>
        <source>Run %1 · final model</source>
        <translation>运行 %1 · 最终模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="122"/>
        <source>Run %1 · step %2</source>
        <translation>运行 %1 · 第 %2 步</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="132"/>
        <source>No checkpoint yet: a run keeps one every save_every steps and at its end.</source>
        <translation>尚无检查点：运行每隔 save_every 步以及结束时会保存一个。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="189"/>
        <source>Choose a checkpoint first.</source>
        <translation>请先选择一个检查点。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="193"/>
        <source>Type a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <location filename="../plugins/train/generate_tab.cpp" line="197"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugins/train/generate_tab.cpp" line="213"/>
        <source>%n new token(s).</source>
        <translation>
            <numerusform>%n 个新词元。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::LaunchScriptDialog</name>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="46"/>
        <source>Export launch script</source>
        <translation>导出启动脚本</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="49"/>
        <source>torchrun (run the same script on every node)</source>
        <translation>torchrun（在每个节点上运行同一脚本）</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="50"/>
        <source>Slurm (submit once with sbatch)</source>
        <translation>Slurm（用 sbatch 提交一次）</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="53"/>
        <source>Machines taking part.</source>
        <translation>参与的机器数。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="56"/>
        <source>Training processes per machine: one per GPU, or a few on CPU-only machines.</source>
        <translation>每台机器的训练进程数：每个 GPU 一个，纯 CPU 机器上可设几个。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="58"/>
        <source>empty: MASTER_ADDR from the environment</source>
        <translation>留空：使用环境变量中的 MASTER_ADDR</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="59"/>
        <source>The host every node reaches to meet the others (torchrun with several nodes).</source>
        <translation>各节点都能访问、用于彼此汇合的主机（多节点 torchrun）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="61"/>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="63"/>
        <source>the cluster&apos;s default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="65"/>
        <source>e.g. 24:00:00</source>
        <translation>例如 24:00:00</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="68"/>
        <source>none requested</source>
        <translation>不申请</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="77"/>
        <source>Launcher:</source>
        <translation>启动器：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="78"/>
        <source>Nodes:</source>
        <translation>节点数：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="79"/>
        <source>Processes per node:</source>
        <translation>每节点进程数：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="80"/>
        <source>Rendezvous host:</source>
        <translation>汇合（rendezvous）主机：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="81"/>
        <source>Slurm partition:</source>
        <translation>Slurm 分区：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="82"/>
        <source>Slurm account:</source>
        <translation>Slurm 账户：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="83"/>
        <source>Slurm time limit:</source>
        <translation>Slurm 时间限制：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="84"/>
        <source>GPUs per node:</source>
        <translation>每节点 GPU 数：</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="90"/>
        <source>The script starts the same training spec on every process of the cluster; they share the work as data-parallel workers. The spec names this project&apos;s folder and datasets: the cluster must see them at the same path (a shared file system), or edit the spec&apos;s paths after saving.</source>
        <translation>该脚本在集群的每个进程上启动同一个训练任务描述；这些进程作为数据并行的工作进程分担工作。任务描述中写明了本项目的文件夹和数据集：集群必须能在相同路径下访问它们（共享文件系统），否则请在保存后编辑任务描述中的路径。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="140"/>
        <source>Only a Slurm script requests GPUs; torchrun uses the node&apos;s own.</source>
        <translation>只有 Slurm 脚本会申请 GPU；torchrun 使用节点自身的 GPU。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="141"/>
        <source>The spec trains on the CPU (params.device &quot;cpu&quot;): no GPU to request.</source>
        <translation>任务描述指定在 CPU 上训练（params.device &quot;cpu&quot;）：无需申请 GPU。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="142"/>
        <source>GPUs to request on every node (sbatch --gpus-per-node).</source>
        <translation>每个节点上申请的 GPU 数（sbatch --gpus-per-node）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="158"/>
        <source>Save launch script</source>
        <translation>保存启动脚本</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="158"/>
        <source>Shell scripts (*.sh)</source>
        <translation>Shell 脚本 (*.sh)</translation>
    </message>
    <message>
        <location filename="../plugins/train/launch_script_dialog.cpp" line="189"/>
        <source>Saved %1 and its spec %2.</source>
        <translation>已保存 %1 及其任务描述 %2。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::LoraBox</name>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="38"/>
        <source>LoRA adapters</source>
        <translation>LoRA 适配器</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="42"/>
        <source>Train LoRA adapters only (the base weights stay frozen)</source>
        <translation>只训练 LoRA 适配器（基础权重保持冻结）</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="46"/>
        <source>LoRA adds two small matrices beside each chosen weight and trains only those: a fraction of the memory (no gradients or optimizer state for the frozen weights) and an adapter of a few megabytes that PEFT and this app load on top of the base, or fold into it.</source>
        <translation>LoRA 在每个选定的权重旁添加两个小矩阵并只训练它们：只需一小部分内存（冻结的权重没有梯度和优化器状态），得到一个只有几兆字节的适配器，PEFT 和本应用可将其加载到基础模型之上，或将其合并到基础模型中。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="59"/>
        <source>The rank r of each adapter: how much it can change. 8 to 64 is usual; higher trains more parameters.</source>
        <translation>每个适配器的秩 r：决定它能改变多少。通常为 8 到 64；越高，训练的参数越多。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="66"/>
        <source>The adapter&apos;s update is scaled by alpha / r: twice the rank is a common choice.</source>
        <translation>适配器的更新量按 alpha / r 缩放：常见的选择是秩的两倍。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="73"/>
        <source>Dropout on the adapter&apos;s input while training, against over-fitting small data.</source>
        <translation>训练时对适配器输入施加的 dropout，用于防止在小数据上过拟合。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="81"/>
        <source>Adapt the %1_proj weight of every layer.</source>
        <translation>适配每一层的 %1_proj 权重。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="87"/>
        <source>Rank:</source>
        <translation>秩：</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="88"/>
        <source>Alpha:</source>
        <translation>Alpha：</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="89"/>
        <source>Dropout:</source>
        <translation>Dropout：</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="90"/>
        <source>Adapt:</source>
        <translation>适配：</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="92"/>
        <source>q, k, v, o: the attention projections; gate, up, down: the MLP&apos;s. Attention only is the classic choice; adding the MLP learns more at more cost.</source>
        <translation>q、k、v、o：注意力投影；gate、up、down：MLP 的投影。只适配注意力是经典选择；加上 MLP 能学到更多，但代价也更高。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="158"/>
        <source>Every weight is trained: %1 parameters.</source>
        <translation>训练所有权重：%1 个参数。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="162"/>
        <source>Tick at least one projection to adapt.</source>
        <translation>请至少勾选一个要适配的投影。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="164"/>
        <source>The trainable parameters show here once the base model is read.</source>
        <translation>读取基础模型后，这里会显示可训练参数。</translation>
    </message>
    <message>
        <location filename="../plugins/train/lora_box.cpp" line="168"/>
        <source>Trains %1 parameters: %2 of the model&apos;s %3.</source>
        <translation>训练 %1 个参数：占模型 %3 个参数的 %2。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::MecoBox</name>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="53"/>
        <source>Metadata conditioning (MeCo)</source>
        <translation>元数据条件化（MeCo）</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="57"/>
        <source>Start each document with its metadata, then cool down on plain text</source>
        <translation>每个文档以其元数据开头，然后在纯文本上冷却</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="61"/>
        <source>For most of the run each document is preceded by its metadata (&quot;URL: en.wikipedia.org&quot;, &quot;Source: foldoc&quot;), which the model reads but is not trained to write; the last steps train on plain documents, so the model works without metadata and can be steered with it. &lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;What MeCo is&lt;/a&gt;</source>
        <translation>在运行的大部分时间里，每个文档前都有其元数据（“URL: en.wikipedia.org”“Source: foldoc”），模型会读取它，但不会被训练去生成它；最后若干步在纯文档上训练，使模型无需元数据也能工作，并可用元数据加以引导。&lt;a href=&quot;adaptlab-help:glossary#meco&quot;&gt;什么是 MeCo&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="78"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="81"/>
        <source>The paper&apos;s recipe and its two ablations (Gao et al. 2025); changing a setting below makes it Custom.</source>
        <translation>论文的方法及其两种消融（Gao 等 2025）；修改下面任一设置后会变为“自定义”。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="87"/>
        <source>The JSON field of each record the prefix comes from: url (the URL&apos;s host, subdomains kept) or any other field such as source or topic. Records without it train plainly.</source>
        <translation>每条记录中前缀所取自的 JSON 字段：url（URL 的主机名，保留子域名）或其他任意字段，例如 source 或 topic。没有该字段的记录按普通方式训练。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="91"/>
        <source>The word before the value in the prefix; empty: URL for url, else the field&apos;s name capitalised.</source>
        <translation>前缀中值前面的词；留空：url 字段用 URL，否则为首字母大写的字段名。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="100"/>
        <source>The share of the final steps trained on plain documents, with the same optimizer state and learning-rate schedule (0: no cooldown, the paper&apos;s ablation).</source>
        <translation>最后在纯文档上训练的步数比例，沿用相同的优化器状态和学习率调度（0：不冷却，即论文中的消融）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="102"/>
        <source>Replace the metadata by a stable hash (keeps the grouping, not the words)</source>
        <translation>用稳定的哈希值替换元数据（保留分组，不保留原词）</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="104"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="105"/>
        <source>Metadata field:</source>
        <translation>元数据字段：</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="106"/>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="107"/>
        <source>Cooldown:</source>
        <translation>冷却：</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="200"/>
        <source>Plain documents throughout.</source>
        <translation>全程使用纯文档。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="202"/>
        <source>Name the metadata field the prefixes come from.</source>
        <translation>请指定前缀所取自的元数据字段。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="208"/>
        <source>Prefix: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>前缀：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="212"/>
        <source>Prefix: &lt;tt&gt;%1&lt;/tt&gt;. Steps 1-%2 with metadata, no cooldown.</source>
        <translation>前缀：&lt;tt&gt;%1&lt;/tt&gt;。第 1–%2 步带元数据，不冷却。</translation>
    </message>
    <message>
        <location filename="../plugins/train/meco_box.cpp" line="213"/>
        <source>Prefix: &lt;tt&gt;%1&lt;/tt&gt;. Steps 1-%2 with metadata, steps %3-%4 plain (cooldown).</source>
        <translation>前缀：&lt;tt&gt;%1&lt;/tt&gt;。第 1–%2 步带元数据，第 %3–%4 步为纯文档（冷却）。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::RunActions</name>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="58"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="98"/>
        <source>as the input</source>
        <translation>与输入相同</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="149"/>
        <source>Merge adapter into base…</source>
        <translation>将适配器合并到基础模型…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="151"/>
        <source>Fold this LoRA run&apos;s adapter into its base model: one ordinary model folder.</source>
        <translation>将此 LoRA 运行的适配器合并到其基础模型中：得到一个普通的模型文件夹。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="153"/>
        <source>Instruction-residual merge…</source>
        <translation>指令残差合并…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="155"/>
        <location filename="../plugins/train/run_actions.cpp" line="254"/>
        <source>Give this run&apos;s model the chat skills of an instruct model without instruction data.</source>
        <translation>无需指令数据，即可让此运行的模型具备指令模型的对话能力。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="157"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="159"/>
        <location filename="../plugins/train/run_actions.cpp" line="257"/>
        <source>Write the model as a Hugging Face folder or a GGUF file (llama.cpp, Ollama).</source>
        <translation>将模型写出为 Hugging Face 文件夹或 GGUF 文件（llama.cpp、Ollama）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="161"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="180"/>
        <location filename="../plugins/train/run_actions.cpp" line="371"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="250"/>
        <source>This run trained a LoRA adapter: merge it into its base first; Export… then offers the merged model.</source>
        <translation>此运行训练的是 LoRA 适配器：请先将其合并到基础模型中，“导出…”随后会提供合并后的模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="262"/>
        <source>Merge and export are offered once the run has finished.</source>
        <translation>运行完成后即可合并和导出。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="269"/>
        <source>Written: %1</source>
        <translation>已写出：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="278"/>
        <source>Merge adapter into base</source>
        <translation>将适配器合并到基础模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="284"/>
        <source>Base model:</source>
        <translation>基础模型：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="284"/>
        <source>Base model folder</source>
        <translation>基础模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="285"/>
        <source>Adapter:</source>
        <translation>适配器：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="286"/>
        <source>Adapter folder (adapter_config.json)</source>
        <translation>适配器文件夹（adapter_config.json）</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="289"/>
        <location filename="../plugins/train/run_actions.cpp" line="333"/>
        <source>Output name:</source>
        <translation>输出名称：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="292"/>
        <location filename="../plugins/train/run_actions.cpp" line="336"/>
        <location filename="../plugins/train/run_actions.cpp" line="378"/>
        <source>Weights as:</source>
        <translation>权重格式：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="296"/>
        <location filename="../plugins/train/run_actions.cpp" line="342"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="294"/>
        <source>Every adapted weight becomes W + (alpha / r) · B·A: one ordinary model that loads without the adapter, written inside a new merge run&apos;s folder.</source>
        <translation>每个被适配的权重变为 W + (alpha / r) · B·A：得到一个无需适配器即可加载的普通模型，写入一个新的合并运行的文件夹中。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="314"/>
        <source>Instruction-residual merge</source>
        <translation>指令残差合并</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="318"/>
        <source>Domain model (CPT):</source>
        <translation>领域模型（CPT）：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="319"/>
        <source>The continued pre-trained model</source>
        <translation>继续预训练后的模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="320"/>
        <source>Instruct model:</source>
        <translation>指令模型：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="321"/>
        <source>The instruction-tuned model of the same base</source>
        <translation>基于同一基础模型的指令微调模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="322"/>
        <source>Its base model:</source>
        <translation>其基础模型：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="323"/>
        <source>The base the instruct model was tuned from</source>
        <translation>指令模型微调时所基于的基础模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="330"/>
        <source>Lambda:</source>
        <translation>Lambda：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="338"/>
        <source>The merged model is CPT + lambda × (instruct − base): what instruction tuning changed in the base, added to your domain model, so it follows instructions without instruction data of your own (Hirano &amp; Imajo). Lambda 1 adds all of it; less keeps more of the domain model, more pushes the chat behaviour harder. All three must share one architecture and vocabulary: the merge refuses otherwise.</source>
        <translation>合并后的模型为 CPT + lambda × (instruct − base)：即把指令微调对基础模型带来的变化加到您的领域模型上，使其无需您自己的指令数据也能遵循指令（Hirano &amp; Imajo）。Lambda 为 1 时全部加上；更小的值保留更多领域模型的特性，更大的值会更强地推动对话行为。三个模型必须具有相同的架构和词表，否则合并会被拒绝。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="363"/>
        <source>Export model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="371"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="374"/>
        <source>GGUF file (llama.cpp, Ollama)</source>
        <translation>GGUF 文件（llama.cpp、Ollama）</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="375"/>
        <source>Hugging Face folder (Transformers, vLLM)</source>
        <translation>Hugging Face 文件夹（Transformers、vLLM）</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="376"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="379"/>
        <source>Write to:</source>
        <translation>写入到：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="380"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="396"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="394"/>
        <source>GGUF is the one-file format llama.cpp and Ollama run; f16 halves the size at no loss that matters. A LoRA run&apos;s adapter is merged into its base first (Merge adapter into base…).</source>
        <translation>GGUF 是 llama.cpp 和 Ollama 运行的单文件格式；f16 可将体积减半，且几乎没有损失。LoRA 运行的适配器需先合并到其基础模型中（“将适配器合并到基础模型…”）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="416"/>
        <source>The merge was not started: %1</source>
        <translation>合并未启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="420"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="422"/>
        <source>Merging in run %1…</source>
        <translation>正在运行 %1 中合并…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="425"/>
        <source>Merging in run %1: tensor %2 of %3…</source>
        <translation>正在运行 %1 中合并：第 %2 个张量，共 %3 个…</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="429"/>
        <source>The merge failed: %1</source>
        <translation>合并失败：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="448"/>
        <source>Choose the model to export and where to write it.</source>
        <translation>请选择要导出的模型及写入位置。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="460"/>
        <source>The export failed (exit code %1): %2</source>
        <translation>导出失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="470"/>
        <source>The export could not start: %1</source>
        <translation>无法启动导出：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_actions.cpp" line="472"/>
        <source>Exporting %1 as %2 (%3)…</source>
        <translation>正在将 %1 导出为 %2（%3）…</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::RunTab</name>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="48"/>
        <source>loading the tokenizer</source>
        <translation>正在加载分词器</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="50"/>
        <source>tokenizing %1</source>
        <translation>正在分词 %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="52"/>
        <source>preparing the data</source>
        <translation>正在准备数据</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="54"/>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="56"/>
        <source>measuring held-out loss</source>
        <translation>正在测量留出损失</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="58"/>
        <source>saving a checkpoint</source>
        <translation>正在保存检查点</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="112"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="132"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="134"/>
        <source>Ask the run to stop: it saves a checkpoint first, so it can be resumed.</source>
        <translation>请求停止运行：停止前会先保存检查点，以便之后恢复。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="139"/>
        <source>The checkpoints this run kept.</source>
        <translation>此次运行保留的检查点。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="140"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="142"/>
        <source>Start a new run of the same spec that continues from the chosen checkpoint.</source>
        <translation>用同一任务描述启动一次新运行，从所选检查点继续。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="144"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="148"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="153"/>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="157"/>
        <source>Resume from:</source>
        <translation>恢复自：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="180"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="182"/>
        <source>held-out loss</source>
        <translation>留出损失</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="183"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="184"/>
        <source>tokens/s</source>
        <translation>词元/秒</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="196"/>
        <source>Training loss (raw and smoothed)</source>
        <translation>训练损失（原始值与平滑值）</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="197"/>
        <source>Held-out loss per source</source>
        <translation>每个来源的留出损失</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="198"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="199"/>
        <source>Tokens per second</source>
        <translation>每秒词元数</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="218"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="302"/>
        <source>Run %1 · %2 · started %3</source>
        <translation>运行 %1 · %2 · 开始于 %3</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="534"/>
        <source>about %1 left in all</source>
        <translation>总共还剩约 %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="267"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="440"/>
        <source>The run&apos;s metrics could not be read: %1</source>
        <translation>无法读取运行的指标：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="505"/>
        <source>No training run in this project yet: set one up and start it.</source>
        <translation>本项目中尚无训练运行：请设置并启动一次。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="506"/>
        <source>Choose a run to follow.</source>
        <translation>请选择要跟踪的运行。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="522"/>
        <location filename="../plugins/train/run_tab.cpp" line="602"/>
        <location filename="../plugins/train/run_tab.cpp" line="605"/>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="524"/>
        <source>after step %1</source>
        <translation>第 %1 步之后</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="528"/>
        <source>data ready in about %1, then training</source>
        <translation>数据约 %1 后就绪，随后开始训练</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="542"/>
        <source>loss %1</source>
        <translation>损失 %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="544"/>
        <source>%1 tokens/s</source>
        <translation>%1 词元/秒</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="546"/>
        <source>MFU %1</source>
        <translation>MFU %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="563"/>
        <source>The process ended without a final word (it was killed).</source>
        <translation>进程未留下最终消息就结束了（被终止）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="564"/>
        <source>Exit code %1.</source>
        <translation>退出码 %1。</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="565"/>
        <source>&lt;b&gt;The run failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;运行失败。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="569"/>
        <source>What to try:</source>
        <translation>可以尝试：</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="600"/>
        <source>%1: %p%</source>
        <translation>%1：%p%</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="602"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../plugins/train/run_tab.cpp" line="630"/>
        <source>Choose a run first.</source>
        <translation>请先选择一次运行。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::SetupTab</name>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="93"/>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="97"/>
        <source>Fill the settings from a preset…</source>
        <translation>从预设填写设置…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="144"/>
        <source>That is more than this machine has free: the run would likely fail. Lower micro_batch or seq_len, or choose a smaller base model.</source>
        <translation>这超出了本机的可用内存：运行很可能会失败。请减小 micro_batch 或 seq_len，或选择更小的基础模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="158"/>
        <source>Load spec…</source>
        <translation>加载任务描述…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="159"/>
        <source>Fill the form from a saved training spec (spec.json).</source>
        <translation>用已保存的训练任务描述（spec.json）填写表单。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="161"/>
        <source>Save spec…</source>
        <translation>保存任务描述…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="162"/>
        <source>Save these choices as a spec file, to run later or from a script.</source>
        <translation>将这些选择保存为任务描述文件，以便稍后运行或从脚本运行。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="164"/>
        <location filename="../plugins/train/setup_tab.cpp" line="733"/>
        <source>Preview command</source>
        <translation>预览命令</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="166"/>
        <source>Show the job spec and the command that runs it without the GUI.</source>
        <translation>显示任务描述以及不通过图形界面运行它的命令。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="168"/>
        <source>Export launch script…</source>
        <translation>导出启动脚本…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="170"/>
        <source>Write a torchrun or Slurm script that runs this training on a cluster.</source>
        <translation>编写在集群上运行此训练的 torchrun 或 Slurm 脚本。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="172"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="195"/>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="203"/>
        <location filename="../plugins/train/setup_tab.cpp" line="567"/>
        <source>This build cannot train yet (it has no train job).</source>
        <translation>此版本尚不能训练（没有训练任务）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="214"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="218"/>
        <source>Continued pre-training (domain text)</source>
        <translation>继续预训练（领域文本）</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="219"/>
        <source>Instruction tuning (SFT: conversations)</source>
        <translation>指令微调（SFT：对话）</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="228"/>
        <source>The model learns to answer: it reads conversations and is trained only on the assistant&apos;s replies, so it picks up the habit of following instructions.</source>
        <translation>模型学习回答：它阅读对话，只在助手的回复上训练，从而养成遵循指令的习惯。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="230"/>
        <location filename="../plugins/train/setup_tab.cpp" line="240"/>
        <source>The model reads your domain&apos;s text and learns to predict it, as it was first trained: it learns the domain&apos;s words and facts.</source>
        <translation>模型阅读您领域的文本并学习预测它，就像最初训练时那样：它会学到该领域的词汇和事实。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="271"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="275"/>
        <source>A new model of a preset size (from scratch)</source>
        <translation>预设规模的新模型（从头训练）</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="276"/>
        <source>A checkpoint of an earlier run</source>
        <translation>先前某次运行的检查点</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="277"/>
        <source>A model folder on disk (Hugging Face layout)</source>
        <translation>磁盘上的模型文件夹（Hugging Face 格式）</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="295"/>
        <source>A folder with config.json and model.safetensors</source>
        <translation>包含 config.json 和 model.safetensors 的文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="296"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="298"/>
        <source>Base model folder</source>
        <translation>基础模型文件夹</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="316"/>
        <location filename="../plugins/train/setup_tab.cpp" line="406"/>
        <source>The base model&apos;s own</source>
        <translation>基础模型自带的分词器</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="317"/>
        <source>The tokenizer that cuts the datasets into tokens. A model can only read the tokens of the tokenizer it was trained with: keep the base model&apos;s own when it has one.</source>
        <translation>将数据集切分为词元的分词器。模型只能读取其训练时所用分词器的词元：如果基础模型自带分词器，请保留它。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="321"/>
        <source>Start from:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="324"/>
        <source>Tokenizer:</source>
        <translation>分词器：</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="347"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="351"/>
        <source>Tick the domain datasets to train on; each row of a batch comes from one of them in proportion to its weight. Replay mixes general data back in so the model keeps what it knew.</source>
        <translation>勾选要训练的领域数据集；批次中的每一行按权重比例来自其中之一。回放会回混通用数据，使模型保留原有知识。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="356"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="356"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="357"/>
        <source>Relative share of the domain rows.</source>
        <translation>在领域数据行中所占的相对比例。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="366"/>
        <location filename="../plugins/train/setup_tab.cpp" line="443"/>
        <source>No replay</source>
        <translation>不回放</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="373"/>
        <source>The share of every batch taken from the replay dataset (0.1 = 10%).</source>
        <translation>每个批次中取自回放数据集的比例（0.1 = 10%）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="376"/>
        <source>share:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="380"/>
        <source>Replay:</source>
        <translation>回放：</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="397"/>
        <source>Run %1 · final model</source>
        <translation>运行 %1 · 最终模型</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="398"/>
        <source>Run %1 · step %2</source>
        <translation>运行 %1 · 第 %2 步</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="520"/>
        <source>the size preset &quot;%1&quot;</source>
        <translation>规模预设“%1”</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="535"/>
        <source>the tokenizer %1</source>
        <translation>分词器 %1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="541"/>
        <location filename="../plugins/train/setup_tab.cpp" line="548"/>
        <location filename="../plugins/train/setup_tab.cpp" line="552"/>
        <source>the dataset &quot;%1&quot;</source>
        <translation>数据集“%1”</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="560"/>
        <source>Not in this project: %1.</source>
        <translation>不在本项目中：%1。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="573"/>
        <source>No run has kept a checkpoint yet: choose another base model.</source>
        <translation>尚无运行保留检查点：请选择其他基础模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="574"/>
        <source>Choose a base model.</source>
        <translation>请选择一个基础模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="576"/>
        <source>The base model cannot be used: %1</source>
        <translation>无法使用该基础模型：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="578"/>
        <source>Tick at least one instruction dataset to tune on.</source>
        <translation>请至少勾选一个用于微调的指令数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="580"/>
        <source>Tick at least one dataset to train on.</source>
        <translation>请至少勾选一个用于训练的数据集。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="582"/>
        <source>LoRA adapts no projection: tick at least one of q, k, v, o, gate, up, down.</source>
        <translation>LoRA 未适配任何投影：请至少勾选 q、k、v、o、gate、up、down 中的一个。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="584"/>
        <source>A new model has no tokenizer of its own: choose one of the project&apos;s tokenizers.</source>
        <translation>新模型没有自带的分词器：请选择本项目的一个分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="587"/>
        <source>The base model&apos;s folder has no tokenizer: choose one of the project&apos;s tokenizers.</source>
        <translation>基础模型文件夹中没有分词器：请选择本项目的一个分词器。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="607"/>
        <source>Settings filled from &quot;%1&quot;.</source>
        <translation>已按“%1”填写设置。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="639"/>
        <source>Reading the model&apos;s configuration…</source>
        <translation>正在读取模型配置…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="647"/>
        <source>No run has kept a checkpoint yet.</source>
        <translation>尚无运行保留检查点。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="652"/>
        <source>Cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="704"/>
        <source>The memory and time a run needs show here once the base model is chosen.</source>
        <translation>选定基础模型后，这里会显示运行所需的内存和时间。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="717"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; cannot be estimated: %1</source>
        <translation>&lt;b&gt;内存：&lt;/b&gt;无法估算：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="719"/>
        <source>&lt;b&gt;Memory:&lt;/b&gt; estimating…</source>
        <translation>&lt;b&gt;内存：&lt;/b&gt;正在估算…</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="721"/>
        <source>&lt;b&gt;Time:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;时间：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="741"/>
        <source>The same run without the GUI: save the spec as spec.json in the project folder and run the command there.</source>
        <translation>不通过图形界面进行同样的运行：将任务描述保存为项目文件夹中的 spec.json，然后在该文件夹中运行此命令。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="760"/>
        <source>Load training spec</source>
        <translation>加载训练任务描述</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="760"/>
        <location filename="../plugins/train/setup_tab.cpp" line="767"/>
        <source>Specs (*.json)</source>
        <translation>任务描述 (*.json)</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="767"/>
        <source>Save training spec</source>
        <translation>保存训练任务描述</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="784"/>
        <source>%1 is too large for a spec.</source>
        <translation>%1 太大，不能作为任务描述。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="786"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="795"/>
        <source>Loaded %1.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="799"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/setup_tab.cpp" line="815"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::SftBox</name>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="36"/>
        <source>Alpaca (instruction, input, output)</source>
        <translation>Alpaca（instruction、input、output）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="38"/>
        <source>ShareGPT (conversations: from, value)</source>
        <translation>ShareGPT（conversations：from、value）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="39"/>
        <source>Chat (messages: role, content)</source>
        <translation>Chat（messages：role、content）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="45"/>
        <source>Llama-2 chat ([INST] … [/INST])</source>
        <translation>Llama-2 chat（[INST] … [/INST]）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="47"/>
        <source>Zephyr (&lt;|user|&gt; … &lt;|assistant|&gt;)</source>
        <translation>Zephyr（&lt;|user|&gt; … &lt;|assistant|&gt;）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="49"/>
        <source>Alpaca (### Instruction: … ### Response:)</source>
        <translation>Alpaca（### Instruction: … ### Response:）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="50"/>
        <source>ChatML (&lt;|im_start|&gt; … &lt;|im_end|&gt;)</source>
        <translation>ChatML（&lt;|im_start|&gt; … &lt;|im_end|&gt;）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="55"/>
        <source>Instruction data</source>
        <translation>指令数据</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="60"/>
        <source>Tick the instruction datasets to tune on. Each record is a conversation; the shape of the records is detected from the first one (change it if the guess is wrong).</source>
        <translation>勾选要用于微调的指令数据集。每条记录是一段对话；记录的形式根据第一条记录识别（若识别有误可更改）。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="65"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="65"/>
        <source>Records look like</source>
        <translation>记录形式</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="83"/>
        <source>How a conversation is written out as the text the model reads: the markers around each turn. A model tuned with one template should be prompted with the same.</source>
        <translation>对话如何写成模型读取的文本：每轮对话前后的标记。用某个模板微调的模型，也应使用同一模板来提示。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="101"/>
        <source>Pack several examples into each sequence</source>
        <translation>将多个示例打包进每个序列</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="106"/>
        <source>Packing fills each sequence with whole examples one after another, so no compute goes to padding; attention stays inside each example, so they do not see each other. Off: one example per sequence, padded.</source>
        <translation>打包会用完整的示例依次填满每个序列，因此不会有算力浪费在填充上；注意力限制在每个示例内部，因此示例之间互不可见。关闭：每个序列一个示例，并进行填充。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="113"/>
        <source>Chat template:</source>
        <translation>对话模板：</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="120"/>
        <source>The first example, as the model is trained on it</source>
        <translation>第一个示例，即模型训练时看到的样子</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="220"/>
        <source>%1
Records look like: %2</source>
        <translation>%1
记录形式：%2</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="227"/>
        <source>%1
The first record is none of the instruction shapes.</source>
        <translation>%1
第一条记录不属于任何一种指令形式。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="242"/>
        <source>Looking for the base model&apos;s chat template…</source>
        <translation>正在查找基础模型的对话模板…</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="282"/>
        <source>The base model&apos;s tokenizer_config.json could not be read (%1): choose the template.</source>
        <translation>无法读取基础模型的 tokenizer_config.json（%1）：请选择模板。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="284"/>
        <source>Recognised from the base model&apos;s own chat template: prompt the tuned model the same way.</source>
        <translation>已根据基础模型自带的对话模板识别：请以同样的方式提示微调后的模型。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="286"/>
        <source>The base model ships the %1 template; you chose another.</source>
        <translation>基础模型自带 %1 模板；您选择了其他模板。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="288"/>
        <source>The base model&apos;s own chat template is none of these: choose the closest.</source>
        <translation>基础模型自带的对话模板不在其中：请选择最接近的一个。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="290"/>
        <source>The base model has no chat template of its own: choose one.</source>
        <translation>基础模型没有自带的对话模板：请选择一个。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="308"/>
        <source>Tick a dataset to see its first example here.</source>
        <translation>勾选一个数据集，即可在此查看其第一个示例。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="309"/>
        <source>Choose a tokenizer to see the first example as tokens.</source>
        <translation>选择一个分词器，即可按词元查看第一个示例。</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="320"/>
        <source>Rendering the first example…</source>
        <translation>正在渲染第一个示例…</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="333"/>
        <source>The example cannot be shown: %1</source>
        <translation>无法显示该示例：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="336"/>
        <source>&lt;span style=&quot;background-color: %1;&quot;&gt;&amp;nbsp;trained&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;color: %2;&quot;&gt;context&lt;/span&gt; · %3 of %4 tokens trained (line %5)</source>
        <translation>&lt;span style=&quot;background-color: %1;&quot;&gt;&amp;nbsp;训练&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;color: %2;&quot;&gt;上下文&lt;/span&gt; · 已训练 %4 个词元中的 %3 个（第 %5 行）</translation>
    </message>
    <message>
        <location filename="../plugins/train/sft_box.cpp" line="344"/>
        <source> · cut at the sequence length</source>
        <translation> · 在序列长度处截断</translation>
    </message>
</context>
<context>
    <name>adaptlab::train_panel::TrainPanel</name>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="52"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="53"/>
        <source>Continued pre-training teaches a model your domain by letting it read domain text, predicting each next token as it did when it was first trained. Mix your domain datasets with some general data (replay) so it keeps what it knew, watch the training loss fall and the held-out loss of each source, stop when you like and resume from any kept checkpoint, then try the model on a prompt. Instruction tuning (SFT) then teaches it to answer, on conversations with the loss on the replies only, with LoRA adapters if you like; finished runs are merged and exported from the Run tab.</source>
        <translation>继续预训练让模型阅读领域文本，像最初训练时那样预测每个下一个词元，从而学会您的领域。将领域数据集与一些通用数据混合（回放），使模型保留原有知识；观察训练损失的下降以及每个来源的留出损失；可以随时停止，并从任何保留的检查点恢复，然后用提示词试用模型。随后，指令微调（SFT）在对话上教模型如何回答，损失只在回复部分计算，也可以使用 LoRA 适配器；已完成的运行可在“运行”选项卡中合并和导出。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="61"/>
        <source>&lt;a href=&quot;adaptlab-help:guide#train&quot;&gt;The Train step in the guide&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#cpt&quot;&gt;continued pre-training&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;replay&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#sft&quot;&gt;instruction tuning&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;chat template&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;adaptlab-help:guide#train&quot;&gt;指南中的“训练”步骤&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#cpt&quot;&gt;继续预训练&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#replay&quot;&gt;回放&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#sft&quot;&gt;指令微调&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#lora&quot;&gt;LoRA&lt;/a&gt; · &lt;a href=&quot;adaptlab-help:glossary#chat-template&quot;&gt;对话模板&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="70"/>
        <source>Open or create a project (File menu) to train in it.</source>
        <translation>请打开或创建一个项目（“文件”菜单）以在其中训练。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="79"/>
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="80"/>
        <source>Base model, data and settings of a new run.</source>
        <translation>新运行的基础模型、数据和设置。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="87"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="88"/>
        <source>Follow a run live; stop it or resume it.</source>
        <translation>实时跟踪运行；停止或恢复运行。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="89"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="90"/>
        <source>Prompt a checkpoint and read its continuation.</source>
        <translation>向检查点输入提示词并阅读其续写。</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="195"/>
        <source>The project store could not be read: %1</source>
        <translation>无法读取项目存储：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="237"/>
        <location filename="../plugins/train/train_panel.cpp" line="251"/>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="241"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../plugins/train/train_panel.cpp" line="243"/>
        <source>Run %1 started.</source>
        <translation>运行 %1 已启动。</translation>
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
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>Unknown language &quot;%1&quot;; use en, de or zh_CN.</source>
        <translation>未知语言 &quot;%1&quot;；请使用 en、de 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="203"/>
        <source>Cannot open project %1: %2</source>
        <translation>无法打开项目 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="214"/>
        <source>No panel or step is called &quot;%1&quot;. Known: %2</source>
        <translation>没有名为 &quot;%1&quot; 的面板或步骤。已知：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="225"/>
        <source>Cannot write the screenshot to %1</source>
        <translation>无法将截图写入 %1</translation>
    </message>
</context>
</TS>
