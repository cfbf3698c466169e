<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
