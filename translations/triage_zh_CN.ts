<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="20"/>
        <source>Labels per class</source>
        <translation>每类标签</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="21"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="22"/>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="23"/>
        <source>people&apos;s labels</source>
        <translation>人工标签</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="24"/>
        <source>still needed</source>
        <translation>仍需</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="25"/>
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="26"/>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="27"/>
        <source>no auto-label round yet</source>
        <translation>尚无自动标注轮次</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="28"/>
        <source>audited precision, 95% interval</source>
        <translation>抽检精确率，95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="29"/>
        <source>held-out accuracy</source>
        <translation>留出集准确率</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="30"/>
        <source>auto-accept rate</source>
        <translation>自动接受率</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="31"/>
        <source>audited precision</source>
        <translation>抽检精确率</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="32"/>
        <source>agreement with people</source>
        <translation>与人工一致</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="33"/>
        <source>Confidence of the current round</source>
        <translation>当前轮次的置信度</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="34"/>
        <source>top probability</source>
        <translation>最高概率</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="35"/>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="36"/>
        <source>Reliability on people&apos;s labels</source>
        <translation>人工标签上的可靠性</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="37"/>
        <source>no person&apos;s label has a score yet</source>
        <translation>尚无人工标签有评分</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="38"/>
        <source>share right</source>
        <translation>正确比例</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="39"/>
        <source>mean confidence</source>
        <translation>平均置信度</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="40"/>
        <source>Class distribution</source>
        <translation>类别分布</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="41"/>
        <source>people&apos;s</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="42"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="43"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="44"/>
        <source>Drift per round</source>
        <translation>每轮漂移</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="45"/>
        <source>Jensen-Shannon divergence</source>
        <translation>Jensen-Shannon 散度</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="46"/>
        <source>all labels vs reference</source>
        <translation>全部标签对比参考轮</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="47"/>
        <source>new imports vs earlier</source>
        <translation>新导入对比先前</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="48"/>
        <source>What the last round changed</source>
        <translation>上一轮的变化</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="49"/>
        <source>automatic labels</source>
        <translation>自动标签</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="50"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="51"/>
        <source>moved in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="52"/>
        <source>moved out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="53"/>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="54"/>
        <source>Annotator throughput</source>
        <translation>标注员吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="55"/>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="56"/>
        <source>items an hour</source>
        <translation>每小时条目数</translation>
    </message>
    <message>
        <location filename="../ui/chartbuilder.cpp" line="57"/>
        <source>no person has decided yet</source>
        <translation>尚无人工决定</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../ui/statenames.cpp" line="35"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="38"/>
        <source>Auto-label</source>
        <translation>自动标注</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="41"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="44"/>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="47"/>
        <source>Score with model</source>
        <translation>用模型打分</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="50"/>
        <source>Apply labeling functions</source>
        <translation>应用标注函数</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="59"/>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="63"/>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="65"/>
        <source>about %1 h %2 min left</source>
        <translation>约剩 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/filedialogs.cpp" line="22"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="37"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../ui/statenames.cpp" line="25"/>
        <source>human</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="26"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="27"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../ui/statenames.cpp" line="12"/>
        <source>unlabeled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="13"/>
        <source>queued</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="14"/>
        <source>auto-accepted</source>
        <translation>自动接受</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="15"/>
        <source>human-labeled</source>
        <translation>人工标注</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="16"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/statenames.cpp" line="17"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
</context>
<context>
    <name>triage::ui::AddModelDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="456"/>
        <source>The model outputs probabilities, not logits</source>
        <translation>模型输出概率，而不是 logits</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="459"/>
        <source>Add model</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="460"/>
        <source>From the file name (.pt, .onnx)</source>
        <translation>根据文件名 (.pt, .onnx)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="461"/>
        <source>TorchScript (LibTorch)</source>
        <translation>TorchScript (LibTorch)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="462"/>
        <source>ONNX (OpenCV DNN, CPU)</source>
        <translation>ONNX (OpenCV DNN, CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="463"/>
        <source>ImageNet mean and std</source>
        <translation>ImageNet 均值和标准差</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="464"/>
        <source>Pixels scaled to 0…1</source>
        <translation>像素缩放到 0…1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="465"/>
        <source>Pixels scaled to −1…1</source>
        <translation>像素缩放到 −1…1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="466"/>
        <source>Classifier (a score per class)</source>
        <translation>分类器（每个类别一个分数）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="467"/>
        <source>Embedder (a vector per image)</source>
        <translation>嵌入模型（每张图像一个向量）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="476"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="477"/>
        <source>BGR</source>
        <translation>BGR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="478"/>
        <source>Gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="479"/>
        <source>Stretch to the input</source>
        <translation>拉伸到输入尺寸</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="480"/>
        <source>Fit, padding the rest</source>
        <translation>等比适应，其余填充</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="481"/>
        <source>Crop the centre</source>
        <translation>裁剪中心</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="483"/>
        <source>Model output</source>
        <translation>模型输出</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="483"/>
        <source>Project class</source>
        <translation>项目类别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="494"/>
        <source>Load Class Names…</source>
        <translation>载入类别名称…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="497"/>
        <source>Model file:</source>
        <translation>模型文件：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="500"/>
        <source>Models (*.pt *.pth *.ts *.torchscript *.onnx);;All files (*)</source>
        <translation>模型 (*.pt *.pth *.ts *.torchscript *.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="503"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="499"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="504"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="505"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="506"/>
        <source>the forward&apos;s output; or a method or node name</source>
        <translation>forward 的输出；或方法名、节点名</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="508"/>
        <source>Embedding output:</source>
        <translation>嵌入输出：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="509"/>
        <source>Input size:</source>
        <translation>输入尺寸：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="510"/>
        <source>Channels:</source>
        <translation>通道：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="511"/>
        <source>Resize:</source>
        <translation>缩放：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="512"/>
        <source>Normalisation:</source>
        <translation>归一化：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="514"/>
        <source>Model outputs:</source>
        <translation>模型输出数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="515"/>
        <source>Mapping:</source>
        <translation>映射：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="536"/>
        <source>Class names, one a line</source>
        <translation>类别名称，每行一个</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="536"/>
        <source>Text (*.txt *.names);;All files (*)</source>
        <translation>文本 (*.txt *.names);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="616"/>
        <source>(abstain)</source>
        <translation>（弃权）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="657"/>
        <source>Choose the model file and give it a name.</source>
        <translation>请选择模型文件并为其命名。</translation>
    </message>
</context>
<context>
    <name>triage::ui::BrowseSession</name>
    <message>
        <location filename="../ui/browsesession.cpp" line="81"/>
        <source>suspect: the model says %1 (%2%), the label %3%</source>
        <translation>可疑：模型认为是 %1（%2%），标签为 %3%</translation>
    </message>
</context>
<context>
    <name>triage::ui::BrowseView</name>
    <message>
        <location filename="../ui/browseview.cpp" line="35"/>
        <source>Remove from Project…</source>
        <translation>从项目中移除…</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="38"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="42"/>
        <source>Suspect labels</source>
        <translation>可疑标签</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="44"/>
        <source>Labels by people or imports that the model, scored out of fold, doubts: most suspect first</source>
        <translation>模型（折外评分）怀疑的人工或导入标签：最可疑的优先</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="49"/>
        <source>Search file names</source>
        <translation>搜索文件名</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="54"/>
        <source>Small thumbnails</source>
        <translation>小缩略图</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="55"/>
        <source>Large thumbnails</source>
        <translation>大缩略图</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="76"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="127"/>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="148"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="181"/>
        <source>%L1 items</source>
        <translation>%L1 项</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="191"/>
        <source>All states (%L1)</source>
        <translation>所有状态（%L1）</translation>
    </message>
    <message>
        <location filename="../ui/browseview.cpp" line="195"/>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
</context>
<context>
    <name>triage::ui::CreateVersionDialog</name>
    <message>
        <location filename="../ui/versionspanel.cpp" line="82"/>
        <source>Train, validation and test splits</source>
        <translation>训练、验证和测试划分</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="86"/>
        <source>Create Dataset Version</source>
        <translation>创建数据集版本</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="89"/>
        <source>People&apos;s, imported and auto-accepted labels</source>
        <translation>人工、导入和自动接受的标签</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="90"/>
        <source>People&apos;s and imported labels only</source>
        <translation>仅人工和导入的标签</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="91"/>
        <source>Automatic labels below this confidence are left out</source>
        <translation>低于此置信度的自动标签不包含在内</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="98"/>
        <source>Each class is split in these fractions. An item keeps the split an earlier version with the same fractions and seed gave it while its label is unchanged, so test items never become training items.</source>
        <translation>每个类别按这些比例划分。只要标签不变，条目会保留先前使用相同比例和种子的版本给它的划分，因此测试条目永远不会变成训练条目。</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="102"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="104"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="106"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="108"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="112"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="113"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="114"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="115"/>
        <source>Minimum confidence of automatic labels:</source>
        <translation>自动标签的最低置信度：</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="122"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="149"/>
        <source>Give the version a name (1 to 100 characters, no control characters).</source>
        <translation>请为版本命名（1 到 100 个字符，不含控制字符）。</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="151"/>
        <source>The split fractions must add up to 1.</source>
        <translation>划分比例之和必须为 1。</translation>
    </message>
</context>
<context>
    <name>triage::ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="38"/>
        <source>Review queue: %L1 items</source>
        <translation>审核队列：%L1 个条目</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="41"/>
        <source>%1 at %2 s an item</source>
        <translation>%1，每个条目 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="46"/>
        <source>%1 of %2 classes not auto-accepted yet</source>
        <translation>%2 个类别中有 %1 个尚未自动接受</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="55"/>
        <source>Expected calibration error %1 over %L2 labels (out-of-fold scores)</source>
        <translation>期望校准误差 %1，基于 %L2 个标签（折外评分）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="61"/>
        <source>Reference: round #%1</source>
        <translation>参考：第 #%1 轮</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="65"/>
        <source>new imports&apos; features %1 standard deviations from earlier items&apos;</source>
        <translation>新导入的特征距先前条目 %1 个标准差</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="73"/>
        <source>Round #%1, %2</source>
        <translation>第 #%1 轮，%2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="80"/>
        <source>%1: %L2 items</source>
        <translation>%1：%L2 个条目</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="84"/>
        <source>%1 took the suggestion</source>
        <translation>%1 采纳了建议</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="100"/>
        <source>People took the model&apos;s suggestion for %1 of %L2 new labels, below the %3 set.</source>
        <translation>在 %L2 个新标签中，人工采纳模型建议的比例为 %1，低于设定的 %3。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="107"/>
        <source>People confirmed %1 of %L2 audited auto-accepts, below the %3 set.</source>
        <translation>在 %L2 个抽检的自动接受中，人工确认了 %1，低于设定的 %3。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="114"/>
        <source>The classes of %L1 new imports differ from earlier items&apos; by %2, above the %3 set.</source>
        <translation>%L1 个新导入条目的类别与先前条目相差 %2，高于设定的 %3。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="121"/>
        <source>The classes of all labels moved %1 from the reference round, above the %2 set.</source>
        <translation>全部标签的类别相对参考轮偏移了 %1，高于设定的 %2。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="127"/>
        <source>New imports&apos; features lie %1 standard deviations from earlier items&apos;, above the %2 set.</source>
        <translation>新导入的特征距先前条目 %1 个标准差，高于设定的 %2。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="139"/>
        <source>Round #%1: %2</source>
        <translation>第 #%1 轮：%2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="145"/>
        <source>Drift Limits…</source>
        <translation>漂移阈值…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="146"/>
        <source>Save Report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="152"/>
        <source>When a drift figure should raise a warning, and the round label drift is measured against</source>
        <translation>漂移指标何时发出警告，以及标签漂移以哪一轮为参考</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="154"/>
        <source>Write every chart as SVG and PNG, and every figure as JSON, into a folder</source>
        <translation>将每个图表写为 SVG 和 PNG，将每个数字写为 JSON，保存到一个文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="207"/>
        <source>The dashboard could not be read: %1</source>
        <translation>无法读取仪表板：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="235"/>
        <source>%L1 items · %L2 labelled by people · %L3 auto-accepted · %L4 waiting for review</source>
        <translation>%L1 个条目 · %L2 个人工标注 · %L3 个自动接受 · %L4 个等待审核</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="253"/>
        <source>Drift warning: %1</source>
        <translation>漂移警告：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="286"/>
        <source>Save the Dashboard Report In</source>
        <translation>将仪表板报告保存到</translation>
    </message>
</context>
<context>
    <name>triage::ui::DriftLimitsDialog</name>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="21"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="44"/>
        <source>Drift Limits</source>
        <translation>漂移阈值</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="45"/>
        <source>The first round</source>
        <translation>第一轮</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="47"/>
        <source>Round #%1 (%2)</source>
        <translation>第 #%1 轮（%2）</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="55"/>
        <source>Warn when people take the suggestion less than</source>
        <translation>人工采纳建议的比例低于此值时警告</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="56"/>
        <source>Warn when audited precision falls below</source>
        <translation>抽检精确率低于此值时警告</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="57"/>
        <source>Warn when new imports&apos; classes differ by more than</source>
        <translation>新导入的类别差异超过此值时警告</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="58"/>
        <source>Warn when all labels&apos; classes move by more than</source>
        <translation>全部标签的类别偏移超过此值时警告</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="59"/>
        <source>Warn when new imports&apos; features shift by more than</source>
        <translation>新导入的特征偏移超过此值时警告</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="60"/>
        <source>Compare label classes with</source>
        <translation>标签类别对比对象</translation>
    </message>
    <message>
        <location filename="../ui/driftlimitsdialog.cpp" line="62"/>
        <source>Class differences are Jensen-Shannon divergences (0: the same, 1: nothing in common). Feature shift needs a backbone and is in standard deviations. The lowest value of each box switches the warning off.</source>
        <translation>类别差异为 Jensen-Shannon 散度（0：相同，1：毫无共同之处）。特征偏移需要骨干网络，单位为标准差。每个框的最小值表示关闭该警告。</translation>
    </message>
</context>
<context>
    <name>triage::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="169"/>
        <location filename="../ui/dialogs.cpp" line="320"/>
        <source>Counting the labels…</source>
        <translation>正在统计标签…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="171"/>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="172"/>
        <source>The labels as they are now</source>
        <translation>当前的标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="174"/>
        <source>ImageFolder (a folder per class; per split when the version has splits)</source>
        <translation>ImageFolder（每个类别一个文件夹；版本有划分时按划分分开）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="175"/>
        <source>CSV (path, label, source, confidence)</source>
        <translation>CSV（路径、标签、来源、置信度）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="176"/>
        <source>JSON Lines (one object per item, with where its label came from)</source>
        <translation>JSON Lines（每个条目一个对象，附带其标签的来源）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="177"/>
        <source>COCO (image-level categories)</source>
        <translation>COCO（图像级类别）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="178"/>
        <source>YOLO classification (train/val/test folders and classes.txt)</source>
        <translation>YOLO 分类（train/val/test 文件夹和 classes.txt）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="179"/>
        <source>Hugging Face imagefolder (metadata.jsonl)</source>
        <translation>Hugging Face imagefolder（metadata.jsonl）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="180"/>
        <source>Label Studio tasks (automatic labels as predictions)</source>
        <translation>Label Studio 任务（自动标签作为预测）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="184"/>
        <source>Human and auto-accepted labels</source>
        <translation>人工标签和自动接受的标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="185"/>
        <source>Human labels only</source>
        <translation>仅人工标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="186"/>
        <source>Copy them</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="187"/>
        <source>Hard-link them (copies where the disk cannot link)</source>
        <translation>硬链接（磁盘无法链接时复制）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="188"/>
        <source>Refer to the originals by path</source>
        <translation>按路径引用原始文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="191"/>
        <source>Labels of:</source>
        <translation>标签来源：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="192"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="193"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="194"/>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="195"/>
        <source>New folder:</source>
        <translation>新文件夹：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="196"/>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="232"/>
        <source>Version %1 (%2)</source>
        <translation>版本 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="278"/>
        <source>This format keeps the images in its own folders: copy or link them.</source>
        <translation>此格式将图像放在自己的文件夹中：请复制或链接它们。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="281"/>
        <source>YOLO needs train and validation splits: choose a dataset version created with splits (File ▸ Create Dataset Version).</source>
        <translation>YOLO 需要训练和验证划分：请选择一个带划分创建的数据集版本（文件 ▸ 创建数据集版本）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="325"/>
        <source>No item has such a label: the export would be empty.</source>
        <translation>没有条目带有这样的标签：导出将为空。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="326"/>
        <source>Writes %L1 items: %L2 labelled by people or imports, %L3 auto-accepted. Classes with items: %L4.</source>
        <translation>将写出 %L1 个条目：%L2 个由人工或导入标注，%L3 个自动接受。有条目的类别：%L4。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="334"/>
        <source>Splits: %L1 train, %L2 validation, %L3 test.</source>
        <translation>划分：%L1 训练，%L2 验证，%L3 测试。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="369"/>
        <source>Choose a new or empty folder to export into.</source>
        <translation>请选择一个新的或空的文件夹进行导出。</translation>
    </message>
</context>
<context>
    <name>triage::ui::GridView</name>
    <message>
        <location filename="../ui/gridview.cpp" line="28"/>
        <source>Awaiting review</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="29"/>
        <source>Auto-accepted, to verify</source>
        <translation>已自动接受，待核实</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="30"/>
        <source>Audits</source>
        <translation>抽查</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="43"/>
        <source>Items the model calls</source>
        <translation>模型认为是</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="109"/>
        <source>Looking for items…</source>
        <translation>正在查找条目…</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="129"/>
        <source>No such items: choose another class or source.</source>
        <translation>没有这样的条目：请选择其他类别或来源。</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="236"/>
        <source>%L1 labels stored.</source>
        <translation>已保存 %L1 个标签。</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="246"/>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="252"/>
        <source>Storing…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/gridview.cpp" line="257"/>
        <source>%L1 of %L2 marked as %3. Click (or Space) unmarks a wrong one; Enter labels the marked ones and shows the next page.</source>
        <translation>%L2 个中有 %L1 个标记为 %3。单击（或空格）取消标记错误项；回车为已标记项添加标签并显示下一页。</translation>
    </message>
</context>
<context>
    <name>triage::ui::ImageView</name>
    <message>
        <location filename="../ui/imageview.cpp" line="127"/>
        <source>Fit %1</source>
        <translation>适应 %1</translation>
    </message>
</context>
<context>
    <name>triage::ui::ItemTableModel</name>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="164"/>
        <source>The model&apos;s suggestion, not a label yet</source>
        <translation>模型的建议，尚不是标签</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="196"/>
        <source>suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="214"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="215"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="216"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="217"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="218"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../ui/itemtablemodel.cpp" line="219"/>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
</context>
<context>
    <name>triage::ui::LfEditor</name>
    <message>
        <location filename="../ui/lfeditor.cpp" line="86"/>
        <source>Edit labeling function</source>
        <translation>编辑标注函数</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="86"/>
        <source>Add labeling function</source>
        <translation>添加标注函数</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="88"/>
        <source>File name or path pattern</source>
        <translation>文件名或路径模式</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="89"/>
        <location filename="../ui/lfeditor.cpp" line="208"/>
        <source>Folder name</source>
        <translation>文件夹名称</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="90"/>
        <source>Metadata and image statistics</source>
        <translation>元数据与图像统计</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="91"/>
        <source>Detector (OpenCV cascade)</source>
        <translation>检测器（OpenCV 级联）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="92"/>
        <source>Template match</source>
        <translation>模板匹配</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="93"/>
        <source>Near-duplicate of a human label</source>
        <translation>人工标注项的近似重复</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="94"/>
        <source>Project classifier</source>
        <translation>项目分类器</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="95"/>
        <source>Nearest human-labelled neighbours</source>
        <translation>最近的人工标注邻居</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="96"/>
        <source>In-app learner</source>
        <translation>内置学习器</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="113"/>
        <source>pixels (16×16 thumbnails)</source>
        <translation>像素（16×16 缩略图）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="140"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="141"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="142"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="143"/>
        <source>What it votes on sample items, before anything is stored</source>
        <translation>在保存之前，查看它对样本项的投票</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="183"/>
        <source>*bag* or a regular expression</source>
        <translation>*bag* 或正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="185"/>
        <source>Glob (* and ?)</source>
        <translation>通配符（* 和 ?）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="186"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="188"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="189"/>
        <source>Whole path</source>
        <translation>完整路径</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="190"/>
        <source>Case-sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="191"/>
        <source>Pattern:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="192"/>
        <source>Syntax:</source>
        <translation>语法：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="193"/>
        <source>Match against:</source>
        <translation>匹配对象：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="195"/>
        <location filename="../ui/lfeditor.cpp" line="269"/>
        <location filename="../ui/lfeditor.cpp" line="346"/>
        <location filename="../ui/lfeditor.cpp" line="373"/>
        <source>Votes:</source>
        <translation>投票给：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="204"/>
        <source>The nearest folder of an item&apos;s path that is named here decides its class.</source>
        <translation>项目路径中离它最近、且在此列出的文件夹决定其类别。</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="208"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="211"/>
        <source>Add Folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="212"/>
        <source>Remove Folder</source>
        <translation>移除文件夹</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="243"/>
        <source>Votes when every condition holds. Leave From or To empty for an open range; formats as png|jpeg; hue in degrees (From above To wraps through red).</source>
        <translation>所有条件都满足时投票。“从”或“到”留空表示开区间；格式写作 png|jpeg；色相以度为单位（“从”大于“到”时跨越红色）。</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="249"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="249"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="249"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="252"/>
        <source>Add Condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="253"/>
        <source>Remove Condition</source>
        <translation>移除条件</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="282"/>
        <source>width (pixels)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="283"/>
        <source>height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="284"/>
        <source>aspect ratio (width / height)</source>
        <translation>宽高比（宽 / 高）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="285"/>
        <source>file size (bytes)</source>
        <translation>文件大小（字节）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="286"/>
        <source>channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="287"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="288"/>
        <source>brightness (0–1)</source>
        <translation>亮度（0–1）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="289"/>
        <source>contrast (0–0.5)</source>
        <translation>对比度（0–0.5）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="290"/>
        <source>saturation (0–1)</source>
        <translation>饱和度（0–1）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="291"/>
        <source>dominant hue (degrees)</source>
        <translation>主色相（度）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="292"/>
        <source>sharpness (Laplacian variance)</source>
        <translation>清晰度（拉普拉斯方差）</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="293"/>
        <source>near-white fraction</source>
        <translation>近白像素比例</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="294"/>
        <source>near-black fraction</source>
        <translation>近黑像素比例</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="324"/>
        <location filename="../ui/lfeditor.cpp" line="356"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="326"/>
        <source>Cascade file</source>
        <translation>级联文件</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="326"/>
        <source>Cascades (*.xml)</source>
        <translation>级联文件 (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="335"/>
        <source>fires at least</source>
        <translation>至少触发</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="336"/>
        <source>never fires</source>
        <translation>从不触发</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="339"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="343"/>
        <source>Cascade:</source>
        <translation>级联：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="344"/>
        <source>Votes when it:</source>
        <translation>投票条件：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="358"/>
        <source>Reference image</source>
        <translation>参考图像</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="359"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="371"/>
        <source>Reference image:</source>
        <translation>参考图像：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="372"/>
        <source>Minimum match score:</source>
        <translation>最低匹配分数：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="383"/>
        <source> of 64 bits</source>
        <translation> / 64 位</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="384"/>
        <source>Votes the class of the human-labelled item whose perceptual hash differs by at most:</source>
        <translation>投票给感知哈希差异不超过此值的人工标注项的类别：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="398"/>
        <source>Classifier:</source>
        <translation>分类器：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="399"/>
        <source>Votes its top class from confidence:</source>
        <translation>置信度不低于此值时投票给其最高类别：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="410"/>
        <source>Space:</source>
        <translation>空间：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="411"/>
        <source>Votes when this many nearest human labels agree:</source>
        <translation>当这么多个最近的人工标注一致时投票：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="422"/>
        <source>Votes the learner&apos;s top class from confidence:</source>
        <translation>置信度不低于此值时投票给学习器的最高类别：</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="551"/>
        <source>Previewing…</source>
        <translation>正在预览…</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="574"/>
        <source>person: %1</source>
        <translation>人工：%1</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="597"/>
        <source>Votes on %1 of %2 sample items</source>
        <translation>在 %2 个样本项中对 %1 个投票</translation>
    </message>
    <message>
        <location filename="../ui/lfeditor.cpp" line="599"/>
        <source>; right on %1 of the %2 a person labelled (%3%)</source>
        <translation>；在 %2 个人工标注项中正确 %1 个（%3%）</translation>
    </message>
</context>
<context>
    <name>triage::ui::LfPanel</name>
    <message>
        <location filename="../ui/lfpanel.cpp" line="64"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="65"/>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="66"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="67"/>
        <location filename="../ui/lfpanel.cpp" line="141"/>
        <source>Disa&amp;ble</source>
        <translation>停用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="68"/>
        <source>A&amp;pply to All Items</source>
        <translation>应用到所有项(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="70"/>
        <source>Labeling Functions</source>
        <translation>标注函数</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="72"/>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="73"/>
        <source>Learned</source>
        <translation>学得</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="74"/>
        <source>Items it votes on</source>
        <translation>它投票的项</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="75"/>
        <source>Items it and another function vote on</source>
        <translation>它和另一个函数都投票的项</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="77"/>
        <source>Items another function votes a different class on</source>
        <translation>另一个函数投给不同类别的项</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="79"/>
        <source>How often it agrees with people, on the items they labelled</source>
        <translation>在人工标注的项上与人工一致的比例</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="80"/>
        <source>Human-labelled items it voted on</source>
        <translation>它投票的人工标注项</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="82"/>
        <source>The accuracy the label model estimated for it</source>
        <translation>标签模型为它估计的准确率</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="94"/>
        <source>Dawid–Skene (learns each function&apos;s accuracy)</source>
        <translation>Dawid–Skene（学习每个函数的准确率）</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="96"/>
        <source>Weighted vote (each function&apos;s accuracy on human labels)</source>
        <translation>加权投票（按每个函数在人工标注上的准确率）</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="98"/>
        <source>Majority vote</source>
        <translation>多数投票</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="100"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="102"/>
        <source>Export labeling functions</source>
        <translation>导出标注函数</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="104"/>
        <location filename="../ui/lfpanel.cpp" line="112"/>
        <source>Labeling functions (*.json)</source>
        <translation>标注函数 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="109"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="111"/>
        <location filename="../ui/lfpanel.cpp" line="348"/>
        <source>Import labeling functions</source>
        <translation>导入标注函数</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="117"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="127"/>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="141"/>
        <source>Ena&amp;ble</source>
        <translation>启用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="152"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="157"/>
        <source>Label model:</source>
        <translation>标签模型：</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="225"/>
        <source>%L1 of %L2 items have a vote, %L3 have conflicting votes.</source>
        <translation>%L2 个项中有 %L1 个得到投票，%L3 个投票相互冲突。</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="250"/>
        <source>%1 (v%2)</source>
        <translation>%1（v%2）</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="253"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="253"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lfpanel.cpp" line="337"/>
        <source>Wrote %n labeling function(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个标注函数写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="363"/>
        <source>Remove labeling function</source>
        <translation>移除标注函数</translation>
    </message>
    <message>
        <location filename="../ui/lfpanel.cpp" line="364"/>
        <source>Remove &apos;%1&apos; with all its versions and votes?</source>
        <translation>移除“%1”及其所有版本和投票？</translation>
    </message>
</context>
<context>
    <name>triage::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>Saved the dashboard report in %1</source>
        <translation>已将仪表板报告保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>The dashboard report was not saved: %1</source>
        <translation>仪表板报告未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Auto-accept at %1% precision</source>
        <translation>按 %1% 精确率自动接受</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Auto-accept at %1 confidence</source>
        <translation>置信度达到 %1 时自动接受</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168"/>
        <source>%1 after %2 human labels per class; applies from the next auto-label run</source>
        <translation>%1，每类需先有 %2 个人工标签；从下一次自动标注起生效</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Removed %n item(s) from the project.</source>
        <translation>
            <numerusform>已从项目中移除 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>%1 waits for %2 to finish.</source>
        <translation>%1 等待 %2 完成。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>%1 %L2 of %L3</source>
        <translation>%1 %L2 / %L3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Triage projects (*.triage);;All files (*)</source>
        <translation>Triage 项目 (*.triage);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>Open Project on &amp;Server…</source>
        <translation>在服务器上打开项目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;Import Folder…</source>
        <translation>导入文件夹(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>Import Folder with &amp;Class Sub-folders…</source>
        <translation>导入含类别子文件夹的文件夹(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>Import folder (sub-folders named after classes)</source>
        <translation>导入文件夹（子文件夹以类别命名）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>&amp;Export Dataset…</source>
        <translation>导出数据集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="289"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Create Dataset &amp;Version…</source>
        <translation>创建数据集版本(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&amp;Dataset Versions…</source>
        <translation>数据集版本(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&amp;Label</source>
        <translation>标注(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>&amp;Auto-label</source>
        <translation>自动标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="338"/>
        <source>&amp;Retrain Automatically</source>
        <translation>自动重新训练(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>Start an auto-label round by itself after every %L1 new labels</source>
        <translation>每新增 %L1 个标签后自动开始一轮自动标注</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Auto-accept &amp;Settings…</source>
        <translation>自动接受设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Auto-accept by &amp;Class…</source>
        <translation>按类别自动接受(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&amp;Labeling Functions…</source>
        <translation>标注函数(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="364"/>
        <source>&amp;Add Model…</source>
        <translation>添加模型(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>&amp;Score Items with</source>
        <translation>用模型评分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Learner Learns From</source>
        <translation>学习器的输入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>&amp;Actual Size (100%)</source>
        <translation>实际大小 100%(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>&amp;Keep Zoom Between Items</source>
        <translation>在条目之间保持缩放(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Brighter</source>
        <translation>更亮(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>&amp;Darker</source>
        <translation>更暗(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>More &amp;Contrast</source>
        <translation>提高对比度(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Less Contrast</source>
        <translation>降低对比度(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>&amp;Reset Brightness and Contrast</source>
        <translation>重置亮度和对比度(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
        <source>Dar&amp;k Theme</source>
        <translation>深色主题(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>Review &amp;Keys</source>
        <translation>审核按键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Pixels (the built-in network)</source>
        <translation>像素（内置网络）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="441"/>
        <source>Features of %1</source>
        <translation>%1 的特征</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <location filename="../ui/mainwindow.cpp" line="615"/>
        <source>Open or create a project first.</source>
        <translation>请先打开或创建一个项目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Created dataset version &apos;%1&apos;: %L2 items.</source>
        <translation>已创建数据集版本“%1”：%L2 个条目。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>The dataset version was not created: %1</source>
        <translation>未创建数据集版本：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="584"/>
        <source>Cancelling %1…</source>
        <translation>正在取消%1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>then: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="625"/>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Open project on a server</source>
        <translation>在服务器上打开项目</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <source>The project&apos;s PostgreSQL URL, postgresql://user@host:port/database.
The password comes from ~/.pgpass or PGPASSFILE.</source>
        <translation>项目的 PostgreSQL URL,postgresql://用户@主机:端口/数据库。
密码来自 ~/.pgpass 或 PGPASSFILE。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>%1 is not a postgresql:// URL.</source>
        <translation>%1 不是 postgresql:// URL。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="695"/>
        <source>%1 — Triage</source>
        <translation>%1 — Triage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="758"/>
        <source>An auto-label round is already on its way.</source>
        <translation>已有一轮自动标注正在进行或等待中。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="784"/>
        <source>Remove from Project</source>
        <translation>从项目中移除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="785"/>
        <source>Remove %n item(s) from the project? Their files stay where they are; the removal is recorded in the decision log.</source>
        <translation>
            <numerusform>从项目中移除 %n 个条目？文件保留在原处；移除操作会记录在决策日志中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="808"/>
        <source>%1 done: %2</source>
        <translation>%1 完成：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="809"/>
        <source>%1 stopped: %2</source>
        <translation>%1 已停止：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="887"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="888"/>
        <source>A job is running. Cancel it and quit? What it finished is kept.</source>
        <translation>有任务正在运行。取消并退出吗？已完成的部分会保留。</translation>
    </message>
</context>
<context>
    <name>triage::ui::NewProjectDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="63"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="64"/>
        <source>One class a line, e.g.
cat
dog</source>
        <translation>每行一个类别，例如
cat
dog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="83"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="84"/>
        <source>Classes:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="85"/>
        <source>A project file, or the postgresql://user@host/database URL of a database a team shares</source>
        <translation>项目文件,或团队共享数据库的 postgresql://用户@主机/数据库 URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="87"/>
        <source>Project file:</source>
        <translation>项目文件：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="88"/>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="89"/>
        <source>Triage projects (*.triage)</source>
        <translation>Triage 项目 (*.triage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="135"/>
        <source>Give the project a name.</source>
        <translation>请为项目命名。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="137"/>
        <source>A project needs at least two classes.</source>
        <translation>一个项目至少需要两个类别。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="139"/>
        <source>Choose where to save the project file.</source>
        <translation>请选择项目文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="143"/>
        <source>%1 already exists; choose another file.</source>
        <translation>%1 已存在；请选择其他文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="154"/>
        <source>The folder %1 does not exist and cannot be made; choose another place.</source>
        <translation>文件夹 %1 不存在且无法创建；请选择其他位置。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="157"/>
        <source>The folder %1 cannot be written to; choose another place.</source>
        <translation>无法写入文件夹 %1；请选择其他位置。</translation>
    </message>
</context>
<context>
    <name>triage::ui::ProjectSession</name>
    <message>
        <location filename="../ui/projectsession.cpp" line="111"/>
        <source>Waiting for the project file: another program is writing to it. Your decision will be stored as soon as it is free.</source>
        <translation>正在等待项目文件：另一个程序正在写入。文件空闲后，您的决定将立即保存。</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="365"/>
        <source>not scored yet: the next auto-label round will</source>
        <translation>尚未打分：下一轮自动标注会处理</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="368"/>
        <source>an audit: auto-accept would have taken it as %1 (%2%); your answer measures auto-accept&apos;s precision</source>
        <translation>抽查：自动接受会将其作为 %1（%2%）；你的回答用于衡量自动接受的精度</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="374"/>
        <source>the labeling functions disagree on it</source>
        <translation>标注函数对其意见不一</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="380"/>
        <source>%1 is not auto-accepted yet: about %L2 more labels of it are needed</source>
        <translation>%1 尚未自动接受：还需要约 %L2 个该类标签</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="384"/>
        <source>%1 is not auto-accepted yet: no item of it is confident enough for the target precision</source>
        <translation>%1 尚未自动接受：该类没有足够自信的条目达到目标精度</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="388"/>
        <source>%1% is under %2&apos;s threshold of %3%</source>
        <translation>%1% 低于 %2 的阈值 %3%</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="395"/>
        <source>the model is unsure (%1%)</source>
        <translation>模型不确定（%1%）</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="418"/>
        <source>label %1</source>
        <translation>标注 %1</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="419"/>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="420"/>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="421"/>
        <source>remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="424"/>
        <source>%1 %2: %3%4</source>
        <translation>%1 %2：%3%4</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="427"/>
        <source> (undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="438"/>
        <source>Your pace: %L1 s an item (%L2 an hour)</source>
        <translation>你的速度：每个条目 %L1 秒（每小时 %L2 个）</translation>
    </message>
    <message>
        <location filename="../ui/projectsession.cpp" line="443"/>
        <source>Agreed with the suggestion: %1%</source>
        <translation>与建议一致：%1%</translation>
    </message>
</context>
<context>
    <name>triage::ui::ReviewView</name>
    <message>
        <location filename="../ui/reviewview.cpp" line="67"/>
        <source>Type to filter classes</source>
        <translation>输入以筛选类别</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="116"/>
        <source>1–9, 0</source>
        <translation>1–9, 0</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="116"/>
        <source>pick the class with that key</source>
        <translation>选择该键对应的类别</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="117"/>
        <source>Enter, Space</source>
        <translation>回车、空格</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="117"/>
        <source>accept the suggestion</source>
        <translation>接受建议</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="118"/>
        <source>S (Ctrl+S with many classes)</source>
        <translation>S（类别很多时为 Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="118"/>
        <source>skip: the item comes back later</source>
        <translation>跳过：该条目稍后再出现</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="119"/>
        <source>Backspace, Ctrl+Z</source>
        <translation>退格、Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="119"/>
        <source>undo the last decision</source>
        <translation>撤销上一个决定</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="120"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="120"/>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="121"/>
        <source>PageUp</source>
        <translation>PageUp</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="121"/>
        <source>the item decided last, again: look, or decide anew</source>
        <translation>再次显示上一个已决定的条目：查看或重新决定</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="122"/>
        <source>letters (more than ten classes)</source>
        <translation>字母（超过十个类别时）</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="122"/>
        <source>filter the classes; Esc clears</source>
        <translation>筛选类别；Esc 清除</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="123"/>
        <source>Ctrl+Plus, Ctrl+Minus, wheel</source>
        <translation>Ctrl+加号、Ctrl+减号、滚轮</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="123"/>
        <source>zoom in, out (the wheel about the pointer)</source>
        <translation>放大、缩小（滚轮以指针为中心）</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="124"/>
        <source>Ctrl+0, Ctrl+1</source>
        <translation>Ctrl+0、Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="124"/>
        <source>fit to the window, 100%</source>
        <translation>适应窗口、100%</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="125"/>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+上、Ctrl+下</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="125"/>
        <source>brighter, darker</source>
        <translation>更亮、更暗</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="126"/>
        <source>Ctrl+Right, Ctrl+Left</source>
        <translation>Ctrl+右、Ctrl+左</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="126"/>
        <source>more, less contrast; Ctrl+R resets</source>
        <translation>提高、降低对比度；Ctrl+R 重置</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="127"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="127"/>
        <source>this list; any key closes it</source>
        <translation>此列表；按任意键关闭</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="134"/>
        <source>Review keys</source>
        <translation>审核按键</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="177"/>
        <source>Keys: type to filter · 1–9, 0 pick · Enter accept (or pick the first match) · Ctrl+S skip · Esc clear filter · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo · ? all keys</source>
        <translation>按键：输入以筛选 · 1–9、0 选择 · 回车 接受（或选择第一个匹配项）· Ctrl+S 跳过 · Esc 清除筛选 · 退格/Ctrl+Z 撤销 · Ctrl+Shift+Z 重做 · ? 所有按键</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="180"/>
        <source>Keys: 1–9, 0 pick a class · Enter/Space accept the suggestion · S skip · Backspace/Ctrl+Z undo · Ctrl+Shift+Z redo · ? all keys</source>
        <translation>按键：1–9、0 选择类别 · 回车/空格 接受建议 · S 跳过 · 退格/Ctrl+Z 撤销 · Ctrl+Shift+Z 重做 · ? 所有按键</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="243"/>
        <source>Open or create a project (File menu), then import a folder of images.</source>
        <translation>请打开或创建一个项目（文件菜单），然后导入一个图像文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="244"/>
        <source>The review queue is empty. Import more images, or run Label ▸ Auto-label.</source>
        <translation>审核队列为空。请导入更多图像，或运行 标注 ▸ 自动标注。</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="246"/>
        <source>Nothing to review</source>
        <translation>没有需要审核的项目</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="249"/>
        <source>No image</source>
        <translation>无图像</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="257"/>
        <source>  ·  now: %1</source>
        <translation>  ·  当前：%1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="261"/>
        <source>No suggestion yet</source>
        <translation>暂无建议</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="262"/>
        <source>The learner trains once people have labelled some items (Label ▸ Auto-label).</source>
        <translation>人工标注一些项目后，模型即开始训练（标注 ▸ 自动标注）。</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="265"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="276"/>
        <source>then: %1</source>
        <translation>其次：%1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="278"/>
        <source>suggested by the project&apos;s models (no learner yet)</source>
        <translation>由项目的模型建议（尚无学习器）</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="282"/>
        <source>models: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="286"/>
        <source>votes: %1</source>
        <translation>投票：%1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="293"/>
        <source>Why here: %1</source>
        <translation>为何在此：%1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="297"/>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="301"/>
        <source>In queue: %L1</source>
        <translation>队列中：%L1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="302"/>
        <source>Decided this session: %L1</source>
        <translation>本次会话已决定：%L1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="303"/>
        <source>Human labels: %L1</source>
        <translation>人工标签：%L1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="318"/>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="434"/>
        <source>There is no suggestion to accept yet: pick a class with its key.</source>
        <translation>暂无可接受的建议：请用按键选择一个类别。</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="452"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../ui/reviewview.cpp" line="455"/>
        <source>Label as %1</source>
        <translation>标注为 %1</translation>
    </message>
</context>
<context>
    <name>triage::ui::RoutingDialog</name>
    <message>
        <location filename="../ui/dialogs.cpp" line="384"/>
        <source>Target precision (a threshold per class)</source>
        <translation>目标精确率（每类一个阈值）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="385"/>
        <source>One confidence threshold for every class</source>
        <translation>所有类别使用同一置信度阈值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="399"/>
        <source>Least confident first</source>
        <translation>置信度最低的优先</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="400"/>
        <source>Closest two classes first (margin)</source>
        <translation>前两类最接近的优先（间隔）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="401"/>
        <source>Most uncertain distribution first (entropy)</source>
        <translation>分布最不确定的优先（熵）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="397"/>
        <source>Typical items of each cluster first, then margin (mixed)</source>
        <translation>先选各聚类的典型条目，再按间隔（混合）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="403"/>
        <source>Closest two classes, spread over the pool (diverse)</source>
        <translation>最接近的两个类别，分散到整个数据池（多样）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="406"/>
        <source>Auto-accept settings</source>
        <translation>自动接受设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="415"/>
        <source>With a target precision, Triage gives each class the lowest confidence threshold at which people&apos;s labels, scored out of fold, show with 95% confidence that auto-accepted labels reach the target; a class without that evidence yet is not auto-accepted (Label ▸ Auto-accept by Class says what it needs). Experts can set one threshold for every class instead. The audit share of would-be auto-accepts goes to review to measure their precision. Applies from the next auto-label run.</source>
        <translation>设定目标精确率后，Triage 为每个类别选择最低的置信度阈值，使人工标签（折外评分）以 95% 的置信度表明自动接受的标签达到目标；尚无足够证据的类别暂不自动接受（“标注 ▸ 按类别自动接受”会说明还缺什么）。专家也可以为所有类别设定同一阈值。按抽检比例，本应自动接受的条目会送去审核，以测量其精确率。从下一次自动标注起生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="424"/>
        <source>Auto-accept by:</source>
        <translation>自动接受依据：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="425"/>
        <source>Target precision:</source>
        <translation>目标精确率：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="426"/>
        <source>Confidence threshold:</source>
        <translation>置信度阈值：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="427"/>
        <source>Human labels per class first:</source>
        <translation>每个类别所需的人工标签数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="428"/>
        <source>Audit share:</source>
        <translation>抽检比例：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs.cpp" line="429"/>
        <source>Review queue order:</source>
        <translation>审核队列顺序：</translation>
    </message>
</context>
<context>
    <name>triage::ui::TrustPanel</name>
    <message>
        <location filename="../ui/trustpanel.cpp" line="28"/>
        <source>people have labelled %1 of the %2 needed first</source>
        <translation>人工已标注 %1 个，需先有 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="34"/>
        <source>no auto-label round has weighed the evidence yet</source>
        <translation>尚无自动标注轮次评估证据</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="36"/>
        <source>no unlabelled item of &apos;%1&apos; is confident enough yet</source>
        <translation>“%1”尚无足够置信的未标注条目</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="42"/>
        <source>needs at least 1 more label of &apos;%1&apos;</source>
        <translation>至少还需要 1 个“%1”的标签</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="43"/>
        <source>needs at least %L1 more labels of &apos;%2&apos;</source>
        <translation>至少还需要 %L1 个“%2”的标签</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="48"/>
        <source>needs at least 1 more confident label of any class</source>
        <translation>至少还需要 1 个任意类别的高置信标签</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="49"/>
        <source>needs at least %L1 more confident labels of any class</source>
        <translation>至少还需要 %L1 个任意类别的高置信标签</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="63"/>
        <source>Auto-accept by Class</source>
        <translation>按类别自动接受</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="64"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="64"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="64"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="65"/>
        <source>Audited precision</source>
        <translation>抽检精确率</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="65"/>
        <source>95% interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="66"/>
        <source>Why not auto-accepted</source>
        <translation>为何未自动接受</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="68"/>
        <source>The class&apos;s labelled items at or above its threshold (for a withheld class, the threshold calibration alone would allow) that the model, scored out of fold, got right; and the lower bound of precision that every class&apos;s evidence supports there</source>
        <translation>该类别在其阈值及以上（暂缓类别则为仅凭校准所允许的阈值）、模型（折外评分）判断正确的已标注条目；以及所有类别的证据在该处支持的精确率下界</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="141"/>
        <source>%1 of %2 right · precision ≥ %3</source>
        <translation>%2 个中 %1 个正确 · 精确率 ≥ %3</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="72"/>
        <source>How often auto-accept was right on the audited items people answered</source>
        <translation>在人工回答的抽检条目上自动接受的正确率</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="83"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="106"/>
        <source>Target precision %1: each class is auto-accepted from the lowest confidence at which a one-sided 95% lower bound of its precision reaches the target.</source>
        <translation>目标精确率 %1：每个类别从其精确率单侧 95% 下界达到目标的最低置信度起自动接受。</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="110"/>
        <source>One confidence threshold for every class: %L1 (no target precision).</source>
        <translation>所有类别同一置信度阈值：%L1（无目标精确率）。</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="114"/>
        <source>%1 of would-be auto-accepts go to review as audits.</source>
        <translation>本应自动接受的条目中有 %1 作为抽检送去审核。</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="137"/>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="151"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 个中 %2 个）</translation>
    </message>
    <message>
        <location filename="../ui/trustpanel.cpp" line="162"/>
        <source>no audit answered</source>
        <translation>尚无抽检答复</translation>
    </message>
</context>
<context>
    <name>triage::ui::VersionsPanel</name>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <source>By</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="164"/>
        <source>Splits</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="165"/>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="165"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <source>People</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="167"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="168"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="168"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="168"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="172"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <location filename="../ui/versionspanel.cpp" line="189"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="173"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="176"/>
        <source>Dataset Versions</source>
        <translation>数据集版本</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="181"/>
        <source>Double-click an item to review it</source>
        <translation>双击条目进行审核</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="186"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="191"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="202"/>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="203"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="205"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="207"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="313"/>
        <source>%L1 added · %L2 removed · %L3 relabelled</source>
        <translation>新增 %L1 · 移除 %L2 · 重新标注 %L3</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="347"/>
        <source>Delete Dataset Version</source>
        <translation>删除数据集版本</translation>
    </message>
    <message>
        <location filename="../ui/versionspanel.cpp" line="348"/>
        <source>Delete the dataset version &apos;%1&apos;? Labels and decisions are not touched; exports made from it stay where they are.</source>
        <translation>删除数据集版本“%1”？标签和决定不受影响；由它导出的文件保持原样。</translation>
    </message>
</context>
</TS>
