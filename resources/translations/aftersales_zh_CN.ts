<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Aftersales Desk</source>
        <translation>关于售后工作台</translation>
    </message>
    <message>
        <source>Aftersales Desk</source>
        <translation>售后工作台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Development copy (not installed)</source>
        <translation>开发副本（未安装）</translation>
    </message>
    <message>
        <source>No store open yet</source>
        <translation>尚未打开数据库</translation>
    </message>
    <message>
        <source>No signing key yet — made with the first archive or checkpoint</source>
        <translation>还没有签名密钥 — 首次制作归档或检查点时生成</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Archives and checkpoints are signed with this key. A file signed by another key proves nothing about this store: compare the fingerprints when you check one.</source>
        <translation>归档和检查点都用这把密钥签名。用其他密钥签名的文件不能证明本数据库的任何内容，核对时请比对指纹。</translation>
    </message>
</context>
<context>
    <name>AboutWork</name>
    <message>
        <source>&amp;About Aftersales Desk</source>
        <translation>关于售后工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name is at most 64 characters.</source>
        <translation>用户名最多 64 个字符。</translation>
    </message>
    <message>
        <source>A user name has no spaces or control characters.</source>
        <translation>用户名不能含空格或控制字符。</translation>
    </message>
    <message>
        <source>A display name is at most 64 characters.</source>
        <translation>显示名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>A password is at most 1024 characters.</source>
        <translation>密码最多 1024 个字符。</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>已有同名用户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>没有这个用户。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>The account could not be changed.</source>
        <translation>账号未能修改。</translation>
    </message>
    <message>
        <source>Only an admin can manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>No images on the case yet: attach them on the Evidence tab first (Ctrl+V pastes a screenshot).</source>
        <translation>售后单上还没有图片：请先在“凭证”页添加（Ctrl+V 可粘贴截图）。</translation>
    </message>
    <message>
        <source>No files on the case yet: attach them on the Evidence tab.</source>
        <translation>售后单上还没有文件：请先在“凭证”页添加。</translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>The returned parcel arrived — %1</source>
        <translation>退货已到 — %1</translation>
    </message>
    <message>
        <source>The case moves to inspection: open the parcel and check the goods.</source>
        <translation>售后单进入验货：请拆包检查商品。</translation>
    </message>
    <message>
        <source>&amp;Parcel arrived</source>
        <translation>确认收到退货(&amp;P)</translation>
    </message>
    <message>
        <source>Appeal the fast refund — %1</source>
        <translation>对极速退款申诉 — %1</translation>
    </message>
    <message>
        <source>The case goes to the platform with your note and the evidence ticked.</source>
        <translation>售后单连同你的说明和勾选的凭证提交给平台。</translation>
    </message>
    <message>
        <source>&amp;Send appeal</source>
        <translation>提交申诉(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <source>%1 changed this case at %2, after you opened it. Nothing you did was saved; the case now shows their change: look again, then act.</source>
        <translation>%1 在 %2 修改了此售后单（在你打开之后）。你的操作没有保存；现在显示的是最新内容，请再看一遍再处理。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot move to %2.</source>
        <translation>“%1”的售后单不能改为“%2”。</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Nothing to do: the case is already so.</source>
        <translation>无需操作：售后单已是这样。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>此售后单已不存在。</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <source>That is too long: at most %1, not %2.</source>
        <translation>太长了：最多 %1，现在是 %2。</translation>
    </message>
    <message>
        <source>The text holds invisible control characters; type it again.</source>
        <translation>内容里有看不见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>This file is no longer on the case.</source>
        <translation>这个文件已不在此售后单上。</translation>
    </message>
    <message>
        <source>The case&apos;s playbook does not allow this step or answer now.</source>
        <translation>此单的处理流程现在不允许这个步骤或回答。</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Approve refund…</source>
        <translation>同意退款…</translation>
    </message>
    <message>
        <source>Approve return…</source>
        <translation>同意退货…</translation>
    </message>
    <message>
        <source>Return arrived…</source>
        <translation>退货已到…</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>验货…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <source>Platform&apos;s fast refund…</source>
        <translation>平台极速退款…</translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation>申诉…</translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation>小额打款…</translation>
    </message>
    <message>
        <source>Coupon…</source>
        <translation>发优惠券…</translation>
    </message>
    <message>
        <source>Reship…</source>
        <translation>补发…</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>换货…</translation>
    </message>
    <message>
        <source>Intercept…</source>
        <translation>拦截快递…</translation>
    </message>
    <message>
        <source>Change address…</source>
        <translation>改地址…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Confirm paid…</source>
        <translation>确认已打款…</translation>
    </message>
    <message>
        <source>Refund only: the buyer keeps the goods; resolves the case</source>
        <translation>仅退款：买家不退货；售后单办结</translation>
    </message>
    <message>
        <source>The buyer sends the goods back to the shop&apos;s return address</source>
        <translation>买家把商品寄回店铺的退货地址</translation>
    </message>
    <message>
        <source>The returned parcel is here: inspect it next</source>
        <translation>退货包裹已到：接着验货</translation>
    </message>
    <message>
        <source>Passed: refund and resolve; failed: reject with evidence</source>
        <translation>合格：退款并办结；不合格：凭凭证拒绝</translation>
    </message>
    <message>
        <source>Refuse the refund with a reason from the platform&apos;s list</source>
        <translation>用平台列出的理由拒绝退款</translation>
    </message>
    <message>
        <source>The platform refunded the buyer by itself (极速退款)</source>
        <translation>平台已自行给买家退款（极速退款）</translation>
    </message>
    <message>
        <source>Appeal the fast refund to the platform, with evidence</source>
        <translation>带凭证向平台申诉极速退款</translation>
    </message>
    <message>
        <source>Pay the buyer a small amount (小额打款) within the caps</source>
        <translation>在限额内给买家小额打款</translation>
    </message>
    <message>
        <source>Give the buyer one of the shop&apos;s coupons</source>
        <translation>给买家发一张店铺优惠券</translation>
    </message>
    <message>
        <source>Send the goods again: from where, carrier, tracking no.</source>
        <translation>重新发货：从哪里发、快递公司、运单号</translation>
    </message>
    <message>
        <source>Send a replacement; the buyer&apos;s parcel comes back</source>
        <translation>寄出换货商品；买家寄回原商品</translation>
    </message>
    <message>
        <source>Ask the carrier to stop the parcel on its way</source>
        <translation>请快递公司拦截在途包裹</translation>
    </message>
    <message>
        <source>A new address before the parcel ships</source>
        <translation>发货前改收货地址</translation>
    </message>
    <message>
        <source>Hand the case to a supervisor or the platform</source>
        <translation>转给主管或平台处理</translation>
    </message>
    <message>
        <source>What the rules allow now</source>
        <translation>规则当前允许</translation>
    </message>
    <message>
        <source>This case so far</source>
        <translation>本售后单至今</translation>
    </message>
    <message>
        <source>Reading the case&apos;s money…</source>
        <translation>正在读取售后单的金额…</translation>
    </message>
    <message>
        <source>Nothing to do here: the case is closed.</source>
        <translation>无可操作：售后单已关闭。</translation>
    </message>
    <message>
        <source>No money or parcel action fits this case&apos;s kind and status.</source>
        <translation>此售后单的类型和状态没有可做的资金或包裹操作。</translation>
    </message>
    <message>
        <source>Confirm paid: %1…</source>
        <translation>确认已打款：%1…</translation>
    </message>
    <message>
        <source>Paid in the back office? Record its reference no.</source>
        <translation>已在商家后台打款？记下流水号</translation>
    </message>
    <message>
        <source>No payment can be made: the case has no order.</source>
        <translation>无法打款：售后单没有订单。</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>打款：%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Payments: none</source>
        <translation>打款：无</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>优惠券：%1</translation>
    </message>
    <message>
        <source>Coupons: none</source>
        <translation>优惠券：无</translation>
    </message>
    <message>
        <source>Cost: %1 refunded (explicit) + %2 hidden = %3</source>
        <translation>成本：退款 %1（显性）+ 隐性 %2 = %3</translation>
    </message>
</context>
<context>
    <name>ActionsWork</name>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Actions tab (refunds, payments, parcels)</source>
        <translation>操作页（退款、打款、包裹）</translation>
    </message>
    <message>
        <source>Compensate the buyer…</source>
        <translation>给买家小额打款…</translation>
    </message>
    <message>
        <source>Approve the refund…</source>
        <translation>同意退款…</translation>
    </message>
    <message>
        <source>Reject the refund…</source>
        <translation>拒绝退款…</translation>
    </message>
    <message>
        <source>Open a case first: its actions are on its Actions tab.</source>
        <translation>请先打开一个售后单：它的操作在“操作”页。</translation>
    </message>
    <message>
        <source>“%1” does not fit this case now (%2, %3): the Actions tab lists what does.</source>
        <translation>此售后单现在不能“%1”（%2，%3）：“操作”页列出了能做的。</translation>
    </message>
    <message>
        <source>Refund of %1 approved; the case is resolved.</source>
        <translation>已同意退款 %1；售后单已办结。</translation>
    </message>
    <message>
        <source>Return approved: the case waits for the parcel.</source>
        <translation>已同意退货：售后单等待退货包裹。</translation>
    </message>
    <message>
        <source>The return is in: inspect it next.</source>
        <translation>退货已到：接着验货。</translation>
    </message>
    <message>
        <source>Inspection recorded.</source>
        <translation>验货结果已记录。</translation>
    </message>
    <message>
        <source>Refund rejected; the reason and the evidence are in the case&apos;s history.</source>
        <translation>已拒绝退款；理由和凭证记在售后单的历史里。</translation>
    </message>
    <message>
        <source>Fast refund recorded: watch for the returned parcel.</source>
        <translation>已记录极速退款：请留意退货包裹。</translation>
    </message>
    <message>
        <source>Appeal sent to the platform.</source>
        <translation>已向平台提交申诉。</translation>
    </message>
    <message>
        <source>Coupon given to the buyer.</source>
        <translation>已给买家发优惠券。</translation>
    </message>
    <message>
        <source>Reship recorded.</source>
        <translation>补发已记录。</translation>
    </message>
    <message>
        <source>Exchange recorded.</source>
        <translation>换货已记录。</translation>
    </message>
    <message>
        <source>Intercept requested.</source>
        <translation>已申请拦截。</translation>
    </message>
    <message>
        <source>Address changed.</source>
        <translation>地址已修改。</translation>
    </message>
    <message>
        <source>Payment confirmed as paid.</source>
        <translation>已确认打款完成。</translation>
    </message>
    <message>
        <source>Already done (the same request again): nothing new was recorded.</source>
        <translation>已经做过（同一请求再次提交）：没有重复记录。</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>As shown in the window (optional)</source>
        <translation>窗口中显示的名称（可不填）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Case no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order&apos;s payments</source>
        <translation>订单已打款</translation>
    </message>
    <message>
        <source>Shop&apos;s total that day</source>
        <translation>店铺当日合计</translation>
    </message>
    <message>
        <source>All of %1&apos;s payments on %2 (Asia/Shanghai) that count against its daily cap, this one included</source>
        <translation>%1 在 %2（北京时间）计入每日上限的全部打款，含这一笔</translation>
    </message>
    <message>
        <source>All payments on the order that count against its cap, this one included</source>
        <translation>这个订单计入上限的全部打款，含这一笔</translation>
    </message>
</context>
<context>
    <name>ApprovalsTexts</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 上限 %2</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>今日打款 %1</translation>
    </message>
    <message>
        <source>coupons %1</source>
        <translation>优惠券 %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 笔待审批</translation>
    </message>
    <message>
        <source>What %1 paid out today (Asia/Shanghai day), waiting payments included: they count against the cap until denied.</source>
        <translation>%1 今日（北京时间）的打款合计，含待审批的：待审批的打款在被驳回前计入上限。</translation>
    </message>
    <message>
        <source>Left today: %1</source>
        <translation>今日还可打款：%1</translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation>待审批：%1</translation>
    </message>
    <message>
        <source>Not done: the payment is “%1” now.</source>
        <translation>未执行：这笔打款现在是“%1”。</translation>
    </message>
    <message>
        <source>There is no such payment any more.</source>
        <translation>这笔打款已不存在。</translation>
    </message>
</context>
<context>
    <name>ApprovalsWindow</name>
    <message>
        <source>Approvals (%1)</source>
        <translation>打款审批（%1）</translation>
    </message>
    <message>
        <source>Payments over the asker&apos;s limit wait here, oldest first. While they wait they count against the order&apos;s and the shop&apos;s caps; a denied one frees its room. Select one or more: Enter approves, Del denies (you say why), Ctrl+O opens the case.</source>
        <translation>超出申请人权限的打款在这里等待审批，最早的在前。待审批期间它们计入订单和店铺的上限；驳回后额度释放。选中一笔或多笔：回车批准，Del 驳回（需写明原因），Ctrl+O 打开售后单。</translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.</source>
        <translation>没有待审批的打款。</translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation>批准（回车）</translation>
    </message>
    <message>
        <source>Deny… (Del)</source>
        <translation>驳回…（Del）</translation>
    </message>
    <message>
        <source>Open case (Ctrl+O)</source>
        <translation>打开售后单（Ctrl+O）</translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Waiting: %1, %2 in all</source>
        <translation>待审批 %1 笔，合计 %2</translation>
    </message>
    <message>
        <source>Approved 1 payment.</source>
        <translation>已批准 1 笔打款。</translation>
    </message>
    <message>
        <source>Approved %1 payments.</source>
        <translation>已批准 %1 笔打款。</translation>
    </message>
    <message>
        <source>Denied 1 payment; its room under the caps is free again.</source>
        <translation>已驳回 1 笔打款，所占额度已释放。</translation>
    </message>
    <message>
        <source>Denied %1 payments; their room under the caps is free again.</source>
        <translation>已驳回 %1 笔打款，所占额度已释放。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ApprovalsWork</name>
    <message>
        <source>&amp;Payments</source>
        <translation>打款(&amp;P)</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>打款审批（%1）</translation>
    </message>
    <message>
        <source>Payments list and batch export…</source>
        <translation>打款列表与批量导出…</translation>
    </message>
    <message>
        <source>Payments waiting for your approval, all shops: %1 (%2 opens the queue)</source>
        <translation>所有店铺待你审批的打款：%1 笔（%2 打开审批列表）</translation>
    </message>
</context>
<context>
    <name>ArchiveBanner</name>
    <message>
        <source>Archive made %1 by %2 — read-only.</source>
        <translation>归档，%1 由 %2 制作——只读。</translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: %1</source>
        <translation>校验未通过：%1</translation>
    </message>
    <message>
        <source>Signature verified with this team&apos;s key.</source>
        <translation>签名已用本团队的密钥校验通过。</translation>
    </message>
    <message>
        <source>Intact, signed by key %1; this computer has no team key to compare it with.</source>
        <translation>完好，由密钥 %1 签名；本机没有团队密钥可供比对。</translation>
    </message>
    <message>
        <source>Signed by another key (%1), not this team&apos;s.</source>
        <translation>由另一把密钥（%1）签名，不是本团队的。</translation>
    </message>
    <message>
        <source>the manifest&apos;s signature does not verify</source>
        <translation>清单的签名校验未通过</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 was added after it was signed</source>
        <translation>%1 是签名之后加进来的</translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation>%1 已被改动</translation>
    </message>
    <message>
        <source>the signature over the case histories does not verify</source>
        <translation>售后历史的签名校验未通过</translation>
    </message>
    <message>
        <source>the signed head does not match the case list</source>
        <translation>签名的树头与售后单列表不符</translation>
    </message>
    <message>
        <source>the signed head cannot be read</source>
        <translation>无法读取签名的树头</translation>
    </message>
    <message>
        <source>Open &amp;archive…</source>
        <translation>打开归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Open an archive file read-only, in a window of its own</source>
        <translation>在单独的窗口中以只读方式打开归档文件</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>打开归档</translation>
    </message>
    <message>
        <source>Archives (*.archive *.zip);;All files (*)</source>
        <translation>归档文件 (*.archive *.zip);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>part of a case no.</source>
        <translation>售后单号的一部分</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>Reveals of buyer data</source>
        <translation>查看买家信息</translation>
    </message>
    <message>
        <source>Money decisions</source>
        <translation>资金决定</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit: every case&apos;s history</source>
        <translation>审计：全部售后单的历史记录</translation>
    </message>
    <message>
        <source>Events by who and what</source>
        <translation>按操作人和操作统计</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first</source>
        <translation>已显示 %1 / %2 条，最新的在前</translation>
    </message>
    <message>
        <source>%1 events shown, newest first</source>
        <translation>已显示 %1 条，最新的在前</translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation>（正在统计…）</translation>
    </message>
    <message>
        <source>(scroll down for more)</source>
        <translation>（向下滚动查看更多）</translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何文件：%1</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>已导出 %1 条记录到 %2</translation>
    </message>
</context>
<context>
    <name>Bugs</name>
    <message>
        <source>Something went wrong while %1. This is a bug in Aftersales Desk, not something you did.</source>
        <translation>%1时出错。这是售后工作台的程序错误，不是您的操作造成的。</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>详细信息已记录在日志文件中：
%1</translation>
    </message>
    <message>
        <source>Aftersales Desk: a bug</source>
        <translation>售后工作台：程序错误</translation>
    </message>
    <message>
        <source>handling an event of the window</source>
        <translation>处理窗口事件</translation>
    </message>
    <message>
        <source>running a background task</source>
        <translation>运行后台任务</translation>
    </message>
</context>
<context>
    <name>BulkWork</name>
    <message>
        <source>Bulk action: result per case</source>
        <translation>批量操作：逐单结果</translation>
    </message>
    <message>
        <source>%1 of %2 cases changed, %3 refused.</source>
        <translation>%2 单中 %1 单已处理，%3 单被拒绝。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>This move is not allowed from the case&apos;s status.</source>
        <translation>售后单当前状态不允许这样改。</translation>
    </message>
    <message>
        <source>Nothing to do: the case is already so.</source>
        <translation>无需操作：售后单已是这样。</translation>
    </message>
    <message>
        <source>Not a refund-only case waiting for a decision.</source>
        <translation>不是待处理的仅退款售后单。</translation>
    </message>
    <message>
        <source>More than the platform takes in one batch call: approve it on its own.</source>
        <translation>超过平台单批上限，请单独同意。</translation>
    </message>
    <message>
        <source>Selected twice: approved once.</source>
        <translation>选了两次：只同意一次。</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>此售后单已不存在。</translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation>选中项(&amp;S)</translation>
    </message>
    <message>
        <source>Move selected cases to…</source>
        <translation>选中的售后单改状态…</translation>
    </message>
    <message>
        <source>Assign selected cases…</source>
        <translation>分配选中的售后单…</translation>
    </message>
    <message>
        <source>Tag selected cases…</source>
        <translation>给选中的售后单打标签…</translation>
    </message>
    <message>
        <source>Run a macro on selected cases…</source>
        <translation>对选中的售后单执行快捷操作…</translation>
    </message>
    <message>
        <source>Approve the selected refunds…</source>
        <translation>同意所选退款…</translation>
    </message>
    <message>
        <source>Select the cases first (Ctrl+A: all).</source>
        <translation>请先选择售后单（Ctrl+A 全选）。</translation>
    </message>
    <message>
        <source>Move %1 cases</source>
        <translation>修改 %1 单的状态</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>改为：</translation>
    </message>
    <message>
        <source>Assign %1 cases</source>
        <translation>分配 %1 单</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>Tag %1 cases</source>
        <translation>给 %1 单打标签</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Run a macro on %1 cases</source>
        <translation>对 %1 单执行快捷操作</translation>
    </message>
    <message>
        <source>Macro:</source>
        <translation>快捷操作：</translation>
    </message>
    <message>
        <source>Approve %1 refunds</source>
        <translation>同意 %1 笔退款</translation>
    </message>
    <message>
        <source>Refund each selected refund-only case its whole amount, in the batches its platform takes? Cases that are not refunds to approve are refused and listed.</source>
        <translation>按平台每批的上限分批，为所选的仅退款售后单全额退款？不是待处理退款的售后单会被拒绝并列出。</translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <source>Claim</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>改状态…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <source>Ship first</source>
        <translation>优先发货</translation>
    </message>
    <message>
        <source>Take this case: it becomes yours</source>
        <translation>认领此单：由你处理</translation>
    </message>
    <message>
        <source>Give this case back to the pool</source>
        <translation>把此单放回待分配</translation>
    </message>
    <message>
        <source>Move the case to one of the statuses it can go to next</source>
        <translation>改为此单下一步可用的状态</translation>
    </message>
    <message>
        <source>Give this case to a colleague</source>
        <translation>把此单交给同事</translation>
    </message>
    <message>
        <source>An internal note for colleagues; the buyer never sees it</source>
        <translation>内部备注，只给同事看，买家看不到</translation>
    </message>
    <message>
        <source>Add a tag, or remove one the case has</source>
        <translation>添加标签，或去掉已有标签</translation>
    </message>
    <message>
        <source>Hand the case to a supervisor or to the platform</source>
        <translation>交给主管或申请平台介入</translation>
    </message>
    <message>
        <source>Flag the order for priority shipping: the warehouse export lists it first</source>
        <translation>把订单标为优先发货：仓库导出时排在最前</translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation>分配售后单</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>分配给：</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>For colleagues only; the buyer never sees it:</source>
        <translation>只给同事看，买家看不到：</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>A new tag, or one the case has to remove it:</source>
        <translation>输入新标签；选已有标签则去掉它：</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>Select a case to see it here.
J / K or the arrow keys move through the list.</source>
        <translation>选择一个售后单在此查看。
J / K 或方向键在列表中移动。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>计时暂停记录</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单与物流</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>签收时间</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>催发次数</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Due &lt; 4h</source>
        <translation>4小时内到期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Quality refund</source>
        <translation>品质退款</translation>
    </message>
    <message>
        <source>Second refund</source>
        <translation>二次退款</translation>
    </message>
    <message>
        <source>Urged ×%1</source>
        <translation>催发货 ×%1</translation>
    </message>
    <message>
        <source>Fast refund</source>
        <translation>极速退款</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>已升级给%1</translation>
    </message>
    <message>
        <source>Platform moved it: look</source>
        <translation>平台已变更：请查看</translation>
    </message>
    <message>
        <source>paused since %1, %2 left</source>
        <translation>自 %1 暂停，剩余 %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>处理</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Deadline</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>二次</translation>
    </message>
    <message>
        <source>urged</source>
        <translation>催</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止 %1</translation>
    </message>
    <message>
        <source>Clock paused since %1: the case waits on someone else</source>
        <translation>自 %1 起暂停计时：正在等待他人处理</translation>
    </message>
    <message>
        <source>Quality refund: counts towards the shop&apos;s quality-refund rate</source>
        <translation>品质退款：计入店铺品质退款率</translation>
    </message>
    <message>
        <source>Second refund on this order</source>
        <translation>该订单的二次退款</translation>
    </message>
    <message>
        <source>The buyer urged shipment</source>
        <translation>买家催发货</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>paused %1</source>
        <translation>暂停 %1</translation>
    </message>
    <message>
        <source>auto-refund %1</source>
        <translation>%1后自动退款</translation>
    </message>
    <message>
        <source>auto-receive %1</source>
        <translation>%1后自动收货</translation>
    </message>
    <message>
        <source>auto-return %1</source>
        <translation>%1后自动同意</translation>
    </message>
    <message>
        <source>When the deadline passes, the platform approves the refund by itself</source>
        <translation>超时后平台将自动同意退款</translation>
    </message>
    <message>
        <source>When the deadline passes, the platform confirms the return&apos;s receipt and refunds by itself</source>
        <translation>超时后平台将自动确认收到退货并退款</translation>
    </message>
    <message>
        <source>When the deadline passes, the platform agrees to the return by itself</source>
        <translation>超时后平台将自动同意退货</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1天%2时</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1时%2分</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1小时</translation>
    </message>
</context>
<context>
    <name>DenyDialog</name>
    <message>
        <source>Deny payments</source>
        <translation>驳回打款</translation>
    </message>
    <message>
        <source>Deny payment</source>
        <translation>驳回打款</translation>
    </message>
    <message>
        <source>Deny this payment? Say why: the agent and the case&apos;s history see it.</source>
        <translation>驳回这笔打款？请写明原因：申请的客服和售后单记录里都能看到。</translation>
    </message>
    <message>
        <source>Deny these %1 payments? Say why: the agents and the cases&apos; histories see it.</source>
        <translation>驳回这 %1 笔打款？请写明原因：申请的客服和各售后单记录里都能看到。</translation>
    </message>
    <message>
        <source>e.g. the buyer was already refunded the postage</source>
        <translation>例如：已给买家退过运费</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate the case</source>
        <translation>升级售后单</translation>
    </message>
    <message>
        <source>Why it needs someone else, in a sentence or two</source>
        <translation>用一两句话说明为什么需要别人处理</translation>
    </message>
    <message>
        <source>To</source>
        <translation>交给</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>On the case</source>
        <translation>在售后单上</translation>
    </message>
    <message>
        <source>A step the playbook no longer has</source>
        <translation>处理流程已没有这一步</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>%1 于 %2 添加</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>For step:</source>
        <translation>归入步骤：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>A note on the files you add (optional)</source>
        <translation>给要添加的文件写个备注（可不填）</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Appeal bundle…</source>
        <translation>申诉材料包…</translation>
    </message>
    <message>
        <source>A ZIP for the platform: every file of the case, a manifest with their hashes and a summary of the case</source>
        <translation>给平台的 ZIP 包：售后单的全部文件、带哈希值的清单和售后单摘要</translation>
    </message>
    <message>
        <source>Files you attach, drop or paste go to this step of the playbook; evidence on a step it asks for ticks it</source>
        <translation>添加、拖入或粘贴的文件归入处理流程的这一步；在要求凭证的步骤上添加凭证会勾选该步骤</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>待补充</translation>
    </message>
    <message>
        <source>The case (no step)</source>
        <translation>整个售后单（不归入步骤）</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>全部文件（%1）</translation>
    </message>
    <message>
        <source>Not on a step (%1)</source>
        <translation>未归入步骤（%1）</translation>
    </message>
    <message>
        <source>Select a case to see its evidence.</source>
        <translation>选择一个售后单查看其凭证。</translation>
    </message>
    <message>
        <source>Loading the case&apos;s evidence…</source>
        <translation>正在读取售后单的凭证…</translation>
    </message>
    <message>
        <source>No evidence yet: drop files here, paste a screenshot (Ctrl+V) or Attach files…

Photos, PDF, MP4 or MOV video and plain text are taken; each file is stored once and can never be changed unnoticed.</source>
        <translation>还没有凭证：把文件拖到这里、粘贴截图（Ctrl+V）或点“添加文件…”

可添加照片、PDF、MP4 或 MOV 视频和纯文本；每个文件只存一份，任何改动都会被发现。</translation>
    </message>
    <message>
        <source>No file on this step yet: choose it under “For step” and drop, paste or attach files.</source>
        <translation>这一步还没有文件：在“归入步骤”里选中它，再拖入、粘贴或添加文件。</translation>
    </message>
    <message>
        <source>%1 of %2 files shown.</source>
        <translation>显示 %2 个文件中的 %1 个。</translation>
    </message>
    <message>
        <source>1 file on the case: double-click to open it, drag it onto the platform&apos;s page or press Ctrl+C to hand it over.</source>
        <translation>售后单上有 1 个文件：双击打开，拖到平台页面或按 Ctrl+C 交给平台。</translation>
    </message>
    <message>
        <source>%1 files on the case: double-click to open one, drag it onto the platform&apos;s page or press Ctrl+C to hand it over.</source>
        <translation>售后单上有 %1 个文件：双击打开，拖到平台页面或按 Ctrl+C 交给平台。</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加凭证</translation>
    </message>
    <message>
        <source>Evidence (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.pdf *.mp4 *.mov *.txt);;All files (*)</source>
        <translation>凭证 (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.pdf *.mp4 *.mov *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除凭证</translation>
    </message>
    <message>
        <source>Why does “%1” come off the case? It stays in the store and in the case&apos;s history.</source>
        <translation>为什么要从售后单上移除“%1”？文件仍保留在存储和售后单的历史记录里。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>凭证（%1）</translation>
    </message>
</context>
<context>
    <name>EvidenceTexts</name>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG 照片</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP 图片</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>HEIC photo (iPhone)</source>
        <translation>HEIC 照片（iPhone）</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <source>MOV video</source>
        <translation>MOV 视频</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>文本文件</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>一个 Windows 程序</translation>
    </message>
    <message>
        <source>a Linux program</source>
        <translation>一个 Linux 程序</translation>
    </message>
    <message>
        <source>a Mac program</source>
        <translation>一个 Mac 程序</translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation>一个 ZIP 压缩包或 Office 文档</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>一个 RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>一个 7-Zip 压缩包</translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation>一个旧版 Office 文档</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>一个脚本</translation>
    </message>
    <message>
        <source>%1 is empty: nothing was attached.</source>
        <translation>%1 是空文件：没有添加。</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files take at most %3.</source>
        <translation>%1 有 %2；凭证文件最大 %3。</translation>
    </message>
    <message>
        <source>%1 is %2, not a photo: nothing was attached.</source>
        <translation>%1 是%2，不是照片：没有添加。</translation>
    </message>
    <message>
        <source>%1 is not a kind of file evidence takes (photos, PDF, MP4 or MOV video, plain text): nothing was attached.</source>
        <translation>%1 不是可作为凭证的文件类型（照片、PDF、MP4 或 MOV 视频、纯文本）：没有添加。</translation>
    </message>
    <message>
        <source>%1 is already attached to this case (as %2).</source>
        <translation>%1 已经添加到此售后单（名为 %2）。</translation>
    </message>
    <message>
        <source>%1 is the same file as %2, given twice: it was attached once.</source>
        <translation>%1 和 %2 是同一个文件：只添加了一次。</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, or gone): nothing was attached.</source>
        <translation>%1 不是文件（是文件夹，或已不存在）：没有添加。</translation>
    </message>
    <message>
        <source>%1 cannot be read (no permission, or the disk failed): nothing was attached.</source>
        <translation>无法读取 %1（没有权限，或磁盘出错）：没有添加。</translation>
    </message>
    <message>
        <source>The case&apos;s playbook has no step %1: nothing was attached.</source>
        <translation>此售后单的处理流程没有步骤 %1：没有添加。</translation>
    </message>
    <message>
        <source>%1 was not attached.</source>
        <translation>%1 没有添加。</translation>
    </message>
    <message>
        <source>1 file attached to “%2”.</source>
        <translation>已添加 1 个文件到“%2”。</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>已添加 1 个文件。</translation>
    </message>
    <message>
        <source>%1 files attached to “%2”.</source>
        <translation>已添加 %1 个文件到“%2”。</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>已添加 %1 个文件。</translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach: copy a screenshot or files first.</source>
        <translation>剪贴板里没有可添加的图片或文件：请先复制截图或文件。</translation>
    </message>
    <message>
        <source>The stored file is missing from the evidence folder. Run verify and restore it from a backup.</source>
        <translation>凭证文件夹里找不到这个文件。请运行 verify 检查，并从备份恢复。</translation>
    </message>
    <message>
        <source>The stored file was changed on disk since it was attached: it is not shown, as it is no longer the evidence. Run verify and restore it from a backup.</source>
        <translation>这个文件在添加后被改动过：它已不是原来的凭证，因此不显示。请运行 verify 检查，并从备份恢复。</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>文件丢失</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>文件被改动</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + +, or the wheel)</source>
        <translation>放大（Ctrl + +，或滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + −, or the wheel)</source>
        <translation>缩小（Ctrl + −，或滚轮）</translation>
    </message>
    <message>
        <source>The whole picture (Ctrl+0)</source>
        <translation>显示整张图（Ctrl+0）</translation>
    </message>
    <message>
        <source>Pixel for pixel (Ctrl+1); drag to move around</source>
        <translation>原始大小（Ctrl+1）；拖动可移动</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一个</translation>
    </message>
    <message>
        <source>The previous file of the case (Alt+←)</source>
        <translation>本售后单的上一个文件（Alt+←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>The next file of the case (Alt+→)</source>
        <translation>本售后单的下一个文件（Alt+→）</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>凭证：%1</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>%1 于 %2 添加</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Reading the file and checking it against its hash…</source>
        <translation>正在读取文件并核对哈希值…</translation>
    </message>
    <message>
        <source>This window does not play videos. The system&apos;s player opens a copy; the stored file stays as it is.</source>
        <translation>此窗口不能播放视频。将用系统播放器打开一份副本；存储的文件保持不变。</translation>
    </message>
    <message>
        <source>This window cannot show this kind of photo. The system&apos;s viewer opens a copy; the stored file stays as it is.</source>
        <translation>此窗口不能显示这种照片。将用系统看图程序打开一份副本；存储的文件保持不变。</translation>
    </message>
    <message>
        <source>Open in the system player</source>
        <translation>用系统播放器打开</translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation>用系统看图程序打开</translation>
    </message>
    <message>
        <source>This PDF cannot be read: it may be damaged or locked with a password.</source>
        <translation>无法读取这个 PDF：文件可能已损坏或设有密码。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>页，共 %1 页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
</context>
<context>
    <name>EvidenceWork</name>
    <message>
        <source>Paste a screenshot or files as evidence</source>
        <translation>粘贴截图或文件作为凭证</translation>
    </message>
    <message>
        <source>%1 is on the clipboard: paste it into the platform&apos;s form or chat.</source>
        <translation>%1 已复制到剪贴板，可粘贴到平台的表单或聊天中。</translation>
    </message>
    <message>
        <source>“%1” is off the case. It stays in the evidence store and the case&apos;s history says who took it off and why.</source>
        <translation>“%1”已从售后单移除。文件仍保留在凭证存储里，售后单的历史记录写明了谁移除的、为什么。</translation>
    </message>
    <message>
        <source>Open a case first: pasted evidence goes to the case shown.</source>
        <translation>请先打开一个售后单：粘贴的凭证会添加到当前显示的售后单。</translation>
    </message>
    <message>
        <source>Save the appeal bundle</source>
        <translation>保存申诉材料包</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>No bundle was written: %1 is missing from the evidence folder or was changed there. Run verify and restore it from a backup.</source>
        <translation>没有生成材料包：%1 在凭证文件夹里丢失或被改动过。请运行 verify 检查，并从备份恢复。</translation>
    </message>
    <message>
        <source>The appeal bundle is saved as %1.</source>
        <translation>申诉材料包已保存为 %1。</translation>
    </message>
    <message>
        <source>Check before you send it:</source>
        <translation>发送前请检查：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search case no., order no., tracking no., buyer, product, note  (Ctrl+F or /)</source>
        <translation>搜索售后单号、订单号、物流单号、买家、商品、备注（Ctrl+F 或 /）</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>全部原因</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部处理人</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <source>Quality refund</source>
        <translation>品质退款</translation>
    </message>
    <message>
        <source>Second refund</source>
        <translation>二次退款</translation>
    </message>
    <message>
        <source>Amount ¥</source>
        <translation>金额 ¥</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>FulfilDialogs</name>
    <message>
        <source>Exchange — %1</source>
        <translation>换货 — %1</translation>
    </message>
    <message>
        <source>Reship — %1</source>
        <translation>补发 — %1</translation>
    </message>
    <message>
        <source>A replacement goes out now; the case then waits for the buyer&apos;s parcel back.</source>
        <translation>现在寄出换货商品；之后售后单等待买家寄回原商品。</translation>
    </message>
    <message>
        <source>A new parcel goes out now; the case then waits for the buyer to receive it.</source>
        <translation>现在寄出新包裹；之后售后单等待买家签收。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>发货方(&amp;F)</translation>
    </message>
    <message>
        <source>e.g. 顺丰, 中通, 圆通</source>
        <translation>如 顺丰、中通、圆通</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>快递公司(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tracking no.</source>
        <translation>运单号(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ost (¥)</source>
        <translation>成本（¥）(&amp;O)</translation>
    </message>
    <message>
        <source>Goods and postage, for the cost report.</source>
        <translation>商品和运费，用于成本报表。</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send exchange</source>
        <translation>寄出换货(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reship</source>
        <translation>补发(&amp;R)</translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation>请填写快递公司。</translation>
    </message>
    <message>
        <source>A tracking no. is letters, digits and dashes, up to 64.</source>
        <translation>运单号由字母、数字和短横线组成，最多 64 个。</translation>
    </message>
    <message>
        <source>Intercept a parcel — %1</source>
        <translation>拦截快递 — %1</translation>
    </message>
    <message>
        <source>Asks the carrier to stop the parcel and send it back; record whether it worked when the carrier answers.</source>
        <translation>请快递公司拦截包裹并退回；快递公司答复后记录是否成功。</translation>
    </message>
    <message>
        <source>&amp;Parcel</source>
        <translation>包裹(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Request intercept</source>
        <translation>申请拦截(&amp;R)</translation>
    </message>
    <message>
        <source>Change the address — %1</source>
        <translation>改地址 — %1</translation>
    </message>
    <message>
        <source>Only before the parcel ships: the new address goes to the warehouse with the parcel; the buyer&apos;s own stays as imported.</source>
        <translation>仅限发货前：新地址随包裹交给仓库；买家原地址保持导入时的样子。</translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation>新地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change address</source>
        <translation>修改地址(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the new address.</source>
        <translation>请填写新地址。</translation>
    </message>
</context>
<context>
    <name>HandleTab</name>
    <message>
        <source>Select a case to see the steps for handling it.</source>
        <translation>选择一个售后单，查看处理步骤。</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>已完成 %1/%2 步</translation>
    </message>
    <message>
        <source>every step is done</source>
        <translation>所有步骤已完成</translation>
    </message>
    <message>
        <source>steps needing evidence: %1</source>
        <translation>待补凭证的步骤：%1</translation>
    </message>
    <message>
        <source>Answer the question below to tick this step</source>
        <translation>回答下面的问题即可勾选这一步</translation>
    </message>
    <message>
        <source>Skipped: the answer to “%1” leaves it out</source>
        <translation>已跳过：根据“%1”的回答，这一步不需要做</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>回答：%1</translation>
    </message>
    <message>
        <source>Evidence needed: %1</source>
        <translation>需要凭证：%1</translation>
    </message>
    <message>
        <source>Evidence attached (%1)</source>
        <translation>凭证已添加（%1）</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>凭证已添加</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Attach files to this step: %1</source>
        <translation>为这一步添加文件：%1</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>Reply “%1”</source>
        <translation>回复“%1”</translation>
    </message>
    <message>
        <source>Use the suggested reply</source>
        <translation>使用建议的话术</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>改为“%1”</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Appeal bundle exported</source>
        <translation>导出申诉包</translation>
    </message>
    <message>
        <source>revealed the buyer&apos;s phone</source>
        <translation>查看了买家手机号</translation>
    </message>
    <message>
        <source>revealed the buyer&apos;s address</source>
        <translation>查看了买家地址</translation>
    </message>
    <message>
        <source>revealed the buyer&apos;s name</source>
        <translation>查看了买家姓名</translation>
    </message>
    <message>
        <source>asked to pay ¥%1</source>
        <translation>申请打款 ¥%1</translation>
    </message>
    <message>
        <source>approved payment ¥%1</source>
        <translation>批准打款 ¥%1</translation>
    </message>
    <message>
        <source>denied payment ¥%1</source>
        <translation>驳回打款 ¥%1</translation>
    </message>
    <message>
        <source>paid ¥%1</source>
        <translation>已打款 ¥%1</translation>
    </message>
    <message>
        <source>payment of ¥%1 failed</source>
        <translation>打款 ¥%1 失败</translation>
    </message>
    <message>
        <source>approved the refund ¥%1</source>
        <translation>同意退款 ¥%1</translation>
    </message>
    <message>
        <source>its stored values were edited</source>
        <translation>存储的值被改动过</translation>
    </message>
    <message>
        <source>an event was deleted or moved</source>
        <translation>有记录被删除或移动</translation>
    </message>
    <message>
        <source>an event was deleted, inserted or reordered</source>
        <translation>有记录被删除、插入或调换顺序</translation>
    </message>
    <message>
        <source>its content was edited</source>
        <translation>内容被改动过</translation>
    </message>
    <message>
        <source>its newest events are missing</source>
        <translation>最新的记录缺失</translation>
    </message>
    <message>
        <source>its newest event binds no case state</source>
        <translation>最新的记录未绑定售后单状态</translation>
    </message>
    <message>
        <source>the case was edited outside the program</source>
        <translation>售后单在程序之外被改动过</translation>
    </message>
    <message>
        <source>the case itself is missing</source>
        <translation>售后单本身已不存在</translation>
    </message>
    <message>
        <source>%1 (1 file)</source>
        <translation>%1（1 个文件）</translation>
    </message>
    <message>
        <source>%1 (%2 files)</source>
        <translation>%1（%2 个文件）</translation>
    </message>
    <message>
        <source>History intact (%1 events)</source>
        <translation>历史记录完整（%1 条）</translation>
    </message>
    <message>
        <source>History broken at event #%1: %2</source>
        <translation>历史记录在第 %1 条处断裂：%2</translation>
    </message>
</context>
<context>
    <name>HistoryWork</name>
    <message>
        <source>Audit of every case&apos;s history…</source>
        <translation>审计全部售后单的历史记录…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a platform export</source>
        <translation>导入平台导出文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation>映射列…</translation>
    </message>
    <message>
        <source>Shop name, for files that name none</source>
        <translation>店铺名称（文件中没有店铺列时填写）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>importing the file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>读取文件</translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation>导出文件 (%1)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%1, line %2 holds the headers</source>
        <translation>%1，第 %2 行为表头</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>编码 %1</translation>
    </message>
    <message>
        <source>title line skipped: %1</source>
        <translation>已跳过标题行：%1</translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation>模板 %1（%2）</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Rows that will be rejected (kept in the report):</source>
        <translation>将被拒绝的行（会写入报告）：</translation>
    </message>
    <message>
        <source>no import profile knows these columns</source>
        <translation>没有导入模板能识别这些列</translation>
    </message>
    <message>
        <source>Map the columns to our fields to import this file.</source>
        <translation>请把这些列映射到我们的字段后再导入。</translation>
    </message>
    <message>
        <source>the file names no shop: enter the shop name</source>
        <translation>文件中没有店铺：请填写店铺名称</translation>
    </message>
    <message>
        <source>Choose from the headers</source>
        <translation>按表头自动选择</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（已保存）</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>正在保存模板…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>已读取 %1 行</translation>
    </message>
    <message>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation>新增 %1，更新 %2，未变 %3，拒绝 %4。</translation>
    </message>
    <message>
        <source>This completed the batch an earlier import of the same file left incomplete.</source>
        <translation>本次导入补全了之前同一文件未完成的批次。</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the report of rejected rows&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;打开被拒绝行的报告&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Import stopped. The rows written so far are kept; import the same file again to complete it.</source>
        <translation>导入已停止。已写入的行会保留；再次导入同一文件即可补全。</translation>
    </message>
    <message>
        <source>Import failed: %1. The rows written before it are kept; import the same file again to complete it.</source>
        <translation>导入失败：%1。此前已写入的行会保留；再次导入同一文件即可补全。</translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>exporting</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Import platform export…</source>
        <translation>导入平台导出文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an order or after-sales list exported from 抖店, 快手小店 or 拼多多</source>
        <translation>导入从抖店、快手小店或拼多多导出的订单或售后单列表</translation>
    </message>
    <message>
        <source>&amp;Export current view…</source>
        <translation>导出当前视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;priority-shipping orders…</source>
        <translation>导出优先发货订单(&amp;P)…</translation>
    </message>
    <message>
        <source>Export current view with buyer data…</source>
        <translation>导出当前视图（含买家信息）…</translation>
    </message>
    <message>
        <source>With the buyers&apos; full names, phones and addresses: keep the file safe</source>
        <translation>含买家完整姓名、手机号和地址：请妥善保管文件</translation>
    </message>
    <message>
        <source>Export current view</source>
        <translation>导出当前视图</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export priority-shipping orders</source>
        <translation>导出优先发货订单</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV，UTF-8 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 rows written</source>
        <translation>已写入 %1 行</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，没有写入任何文件：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>After-sales no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Sub-order no.</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU spec</source>
        <translation>商品规格</translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation>商家编码</translation>
    </message>
    <message>
        <source>Platform product ID</source>
        <translation>平台商品ID</translation>
    </message>
    <message>
        <source>After-sales type</source>
        <translation>售后类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Reason (platform)</source>
        <translation>平台售后原因</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理截止时间</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Fast refund</source>
        <translation>极速退款</translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation>退货物流公司</translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation>退货物流单号</translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Receiver phone</source>
        <translation>收件人手机号</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Buyer note</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>After-sales list</source>
        <translation>售后单列表</translation>
    </message>
    <message>
        <source>Order list</source>
        <translation>订单列表</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Missing %1 (column %2)</source>
        <translation>缺少%1（列：%2）</translation>
    </message>
    <message>
        <source>%1 %2 is not an id</source>
        <translation>%1 %2 不是单号</translation>
    </message>
    <message>
        <source>%1 %2 is a decimal number, not an id (column %3)</source>
        <translation>%1 %2 是小数，不是单号（列：%3）</translation>
    </message>
    <message>
        <source>%1 %2 was stored as a number by Excel, which keeps only %3 digits: the id is damaged (column %4). Export the ids as text.</source>
        <translation>%1 %2 被 Excel 存成了数字，Excel 只保留 %3 位有效数字，单号已损坏（列：%4）。请把单号作为文本重新导出。</translation>
    </message>
    <message>
        <source>%1 in scientific notation, damaged by Excel: %2 (column %3). The digits are lost; export the file again with ids as text.</source>
        <translation>%1被 Excel 改成了科学计数法：%2（列：%3），数字已丢失。请重新导出文件，并把单号保存为文本。</translation>
    </message>
    <message>
        <source>%1 %2 is not a platform id (column %3)</source>
        <translation>%1 %2 不是有效的平台单号（列：%3）</translation>
    </message>
    <message>
        <source>Amount %1 is not a number (column %2)</source>
        <translation>金额 %1 不是数字（列：%2）</translation>
    </message>
    <message>
        <source>Amount %1 has more than two decimals (column %2)</source>
        <translation>金额 %1 的小数超过两位（列：%2）</translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid date (%3)</source>
        <translation>%1：%2 不是有效的日期</translation>
    </message>
    <message>
        <source>%1: %2 is not a date</source>
        <translation>%1：%2 不是日期</translation>
    </message>
    <message>
        <source>%1: %2 is neither 是 nor 否</source>
        <translation>%1：%2 既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation>%1：%2 不是整数</translation>
    </message>
    <message>
        <source>Unknown after-sales type %1 (column %2)</source>
        <translation>未知的售后类型 %1（列：%2）</translation>
    </message>
    <message>
        <source>No shop name in the row; enter the shop name for this file</source>
        <translation>该行没有店铺名称，请为此文件填写店铺名称</translation>
    </message>
    <message>
        <source>The row has bytes that are not valid %1 text (the file mixes encodings)</source>
        <translation>该行含有不符合 %1 编码的字节（文件混用了多种编码）</translation>
    </message>
    <message>
        <source>Amount %1 is larger than %2 yuan (column %3)</source>
        <translation>金额 %1 超过 %2 元（列 %3）</translation>
    </message>
    <message>
        <source>The amount is negative (%1 yuan, column %2); a refund cannot be</source>
        <translation>金额为负数（%1 元，列 %2），退款金额不能为负</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3</source>
        <translation>%1：%2 超过上限 %3</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation>%1 长 %2 个字符，最多只能存 %3 个</translation>
    </message>
    <message>
        <source>A cell of %1 holds %2 characters; at most %3 are read</source>
        <translation>%1 的一个单元格有 %2 个字符，最多读取 %3 个</translation>
    </message>
    <message>
        <source>The row holds %1 characters; at most %2 are read</source>
        <translation>这一行有 %1 个字符，最多读取 %2 个</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 是空文件</translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of the file; save it as UTF-8 and try again</source>
        <translation>无法识别文件的文字编码，请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): the file is damaged or of another kind. Open it in Excel and save it again as .xlsx or .csv.</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：文件已损坏或是其他类型。请用 Excel 打开，另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 is not an Excel 97-2003 workbook (.xls)</source>
        <translation>%1 不是 Excel 97-2003 工作簿（.xls）</translation>
    </message>
    <message>
        <source>%1 is not a text or spreadsheet file</source>
        <translation>%1 不是文本文件或电子表格</translation>
    </message>
    <message>
        <source>The CSV file is broken near line %1: %2</source>
        <translation>CSV 文件在第 %1 行附近损坏：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (%2). Open it in Excel and save it again.</source>
        <translation>无法把 %1 作为 Excel 工作簿读取（%2）。请用 Excel 打开后重新保存。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2</source>
        <translation>无法把 %1 作为 Excel 工作簿读取：%2</translation>
    </message>
    <message>
        <source>The workbook is damaged near row %1: %2</source>
        <translation>工作簿在第 %1 行附近损坏：%2</translation>
    </message>
    <message>
        <source>%1 has no header row and no data</source>
        <translation>%1 没有表头，也没有数据</translation>
    </message>
    <message>
        <source>%1: the columns match no import profile. Headers found: %2</source>
        <translation>%1：没有导入方案能识别这些列。文件中的表头：%2</translation>
    </message>
    <message>
        <source>%1: the columns match no import profile. Headers found: %2 (profile %3 finds no column for %4)</source>
        <translation>%1：没有导入方案能识别这些列。文件中的表头：%2（方案 %3 找不到%4对应的列）</translation>
    </message>
    <message>
        <source>The mapping finds no column for %1</source>
        <translation>映射中找不到%1对应的列</translation>
    </message>
    <message>
        <source>No profile chosen for this file</source>
        <translation>尚未为此文件选择导入方案</translation>
    </message>
    <message>
        <source>There is no import profile named “%1”</source>
        <translation>没有名为“%1”的导入方案</translation>
    </message>
    <message>
        <source>%1 has no shop column; enter the shop name</source>
        <translation>%1 没有店铺列，请填写店铺名称</translation>
    </message>
    <message>
        <source>The database %1 is on a network drive, where SQLite cannot write safely; nothing was imported. Copy it to a local disk, or let the team share a PostgreSQL server.</source>
        <translation>数据库 %1 位于网络驱动器上，SQLite 无法在那里安全写入，未导入任何数据。请把它复制到本地磁盘，或让团队共用 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The import was stopped. The rows written so far are kept and the batch is incomplete: import the same file again to complete it</source>
        <translation>导入已停止。已写入的行会保留，本批次未完成：再次导入同一文件即可补全</translation>
    </message>
    <message>
        <source>A profile needs a name</source>
        <translation>导入方案需要一个名称</translation>
    </message>
    <message>
        <source>Unknown list kind %1</source>
        <translation>未知的列表类型 %1</translation>
    </message>
    <message>
        <source>The mapping needs a column for %1</source>
        <translation>映射还需要指定%1对应的列</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists</source>
        <translation>已存在名为“%1”的导入方案</translation>
    </message>
    <message>
        <source>%1: export to .csv or .xlsx</source>
        <translation>%1：只能导出为 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name to keep it</source>
        <translation>%1 已存在；请换一个文件名，以免覆盖</translation>
    </message>
    <message>
        <source>%1 is the database in use or one of its backups; it is never written over. Choose another name.</source>
        <translation>%1 是正在使用的数据库或它的备份，绝不会被覆盖。请换一个文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file</source>
        <translation>%1 是文件夹，请指定一个文件</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed: the rest of the file would be one cell. Close the quote and import again.</source>
        <translation>第 %1 行开始的引号没有闭合：文件的其余部分会变成一个单元格。请补上引号后重新导入。</translation>
    </message>
    <message>
        <source>A cell starting near line %1 is larger than %2 characters (an unclosed quote, or not an export); nothing was imported</source>
        <translation>第 %1 行附近开始的单元格超过 %2 个字符（引号未闭合，或这不是平台导出的文件）；没有导入任何内容</translation>
    </message>
    <message>
        <source>%1 holds a cell of more than %2 characters, more than Excel itself allows (%3); nothing was imported</source>
        <translation>%1 中有超过 %2 个字符的单元格，超出了 Excel 本身的上限（%3）；没有导入任何内容</translation>
    </message>
    <message>
        <source>%1 %2 is a decimal number, not an id</source>
        <translation>%1 %2 是小数，不是单号</translation>
    </message>
    <message>
        <source>%1 %2 was stored as a number by Excel, which keeps only %3 digits: the id is damaged. Export the ids as text.</source>
        <translation>%1 %2 被 Excel 存成了数字，Excel 只保留 %3 位有效数字，单号已损坏。请把单号作为文本重新导出。</translation>
    </message>
    <message>
        <source>%1 in scientific notation, damaged by Excel: %2. The digits are lost; export the file again with ids as text.</source>
        <translation>%1被 Excel 改成了科学计数法：%2，数字已丢失。请重新导出文件，并把单号保存为文本。</translation>
    </message>
    <message>
        <source>%1 %2 is not a platform id</source>
        <translation>%1 %2 不是有效的平台单号</translation>
    </message>
    <message>
        <source>after-sales no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>sub-order no.</source>
        <translation>子订单号</translation>
    </message>
    <message>
        <source>tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Platform statuses not known (kept as text, cases not moved): %1</source>
        <translation>未识别的平台状态（已按原文保存，案件状态未变）：%1</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>Loading cases</source>
        <translation>正在加载售后单</translation>
    </message>
    <message>
        <source>Counting views</source>
        <translation>正在统计视图</translation>
    </message>
    <message>
        <source>Opening case</source>
        <translation>正在打开售后单</translation>
    </message>
    <message>
        <source>Loading shops</source>
        <translation>正在加载店铺</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>正在打开数据库</translation>
    </message>
    <message>
        <source>Preparing the next start</source>
        <translation>为下次启动做准备</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation>查找操作或按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Douyin</source>
        <translation>抖店</translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <source>Exception parcel</source>
        <translation>异常件</translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation>仅退款</translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation>退货退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Reship</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>拦截</translation>
    </message>
    <message>
        <source>Address change</source>
        <translation>改地址</translation>
    </message>
    <message>
        <source>Urged shipment</source>
        <translation>催发货</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢件</translation>
    </message>
    <message>
        <source>Stuck in transit</source>
        <translation>物流停滞</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>发错货</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>漏发/缺货</translation>
    </message>
    <message>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <source>Address error</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>描述不符</translation>
    </message>
    <message>
        <source>Late shipment</source>
        <translation>发货超时</translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation>运输破损</translation>
    </message>
    <message>
        <source>Parcel lost</source>
        <translation>快递丢件</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>发错货</translation>
    </message>
    <message>
        <source>Buyer mistake</source>
        <translation>买家拍错</translation>
    </message>
    <message>
        <source>7-day no-reason return</source>
        <translation>七天无理由</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation>待买家回复</translation>
    </message>
    <message>
        <source>Waiting for return</source>
        <translation>等待退货</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>验货中</translation>
    </message>
    <message>
        <source>Waiting for supplier</source>
        <translation>待供应商</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation>标签变更</translation>
    </message>
    <message>
        <source>Playbook step</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Macro</source>
        <translation>快捷操作</translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation>多项变更</translation>
    </message>
    <message>
        <source>Platform status changed</source>
        <translation>平台状态变更</translation>
    </message>
    <message>
        <source>Updated by the platform</source>
        <translation>平台更新</translation>
    </message>
    <message>
        <source>Priority shipping</source>
        <translation>优先发货</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>添加凭证</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>移除凭证</translation>
    </message>
    <message>
        <source>Compensation requested</source>
        <translation>申请小额打款</translation>
    </message>
    <message>
        <source>Compensation approved</source>
        <translation>小额打款已批准</translation>
    </message>
    <message>
        <source>Compensation denied</source>
        <translation>小额打款被驳回</translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation>小额打款已完成</translation>
    </message>
    <message>
        <source>Compensation failed</source>
        <translation>小额打款失败</translation>
    </message>
    <message>
        <source>Refund approved</source>
        <translation>同意退款</translation>
    </message>
    <message>
        <source>Return approved</source>
        <translation>同意退货</translation>
    </message>
    <message>
        <source>Return arrived</source>
        <translation>退货已到</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已验货</translation>
    </message>
    <message>
        <source>Refund rejected</source>
        <translation>拒绝退款</translation>
    </message>
    <message>
        <source>Fast refund by the platform</source>
        <translation>平台极速退款</translation>
    </message>
    <message>
        <source>Appealed to the platform</source>
        <translation>已向平台申诉</translation>
    </message>
    <message>
        <source>Coupon given</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Coupon code recorded</source>
        <translation>记录券码</translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation>已补发</translation>
    </message>
    <message>
        <source>Exchange sent</source>
        <translation>换货已寄出</translation>
    </message>
    <message>
        <source>Intercept requested</source>
        <translation>申请拦截</translation>
    </message>
    <message>
        <source>Intercept result</source>
        <translation>拦截结果</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>已改地址</translation>
    </message>
    <message>
        <source>Buyer&apos;s data shown</source>
        <translation>查看了买家信息</translation>
    </message>
    <message>
        <source>Full phone number</source>
        <translation>完整手机号</translation>
    </message>
    <message>
        <source>Full delivery address</source>
        <translation>完整收货地址</translation>
    </message>
    <message>
        <source>Buyer&apos;s full name</source>
        <translation>买家完整姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>平台状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>已完成步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation>升级给</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>需查看</translation>
    </message>
    <message>
        <source>Platform acts by itself</source>
        <translation>平台将自动处理</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File removed</source>
        <translation>移除的文件</translation>
    </message>
    <message>
        <source>Import no.</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation>退货单号</translation>
    </message>
    <message>
        <source>Second refund</source>
        <translation>二次退款</translation>
    </message>
    <message>
        <source>Fast refund</source>
        <translation>极速退款</translation>
    </message>
    <message>
        <source>Buyer&apos;s reason</source>
        <translation>买家原因</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>幂等键</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>打款编号</translation>
    </message>
    <message>
        <source>Payment reason</source>
        <translation>打款原因</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>打款状态</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>需主管审批</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>退货地址</translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation>退货运费</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>查看内容</translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation>拒绝理由</translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation>凭证编号</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Goods loss</source>
        <translation>货损</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发货方</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>面额</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销成本</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理成本</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流成本</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>我的售后</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Exception parcels</source>
        <translation>异常件</translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <source>Urged shipments</source>
        <translation>催发货</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部售后</translation>
    </message>
</context>
<context>
    <name>LibraryTexts</name>
    <message>
        <source>The template is not a set of fields.</source>
        <translation>这个话术不是一组字段。</translation>
    </message>
    <message>
        <source>A key is 2 to 48 lower-case letters, digits or _, starting with a letter, e.g. ask_damage_photos.</source>
        <translation>代码须为 2 到 48 个小写字母、数字或下划线，以字母开头，如 ask_damage_photos。</translation>
    </message>
    <message>
        <source>The template has a field &apos;%1&apos; that this program does not know.</source>
        <translation>话术里有本程序不认识的字段“%1”。</translation>
    </message>
    <message>
        <source>The platform texts must give each platform its own text.</source>
        <translation>平台专用内容须为每个平台各写一段内容。</translation>
    </message>
    <message>
        <source>There is no platform &apos;%1&apos; to give a text of its own.</source>
        <translation>没有平台“%1”，无法为它写专用内容。</translation>
    </message>
    <message>
        <source>A category is one short word (at most 32 characters).</source>
        <translation>分类须为一个简短的词（最多 32 个字符）。</translation>
    </message>
    <message>
        <source>There is no case kind &apos;%1&apos;.</source>
        <translation>没有售后类型“%1”。</translation>
    </message>
    <message>
        <source>There is no reason &apos;%1&apos;.</source>
        <translation>没有售后原因“%1”。</translation>
    </message>
    <message>
        <source>%1 must give one text per language.</source>
        <translation>%1须按语言分别填写。</translation>
    </message>
    <message>
        <source>%1 is given in a language this program does not know (%2).</source>
        <translation>%1使用了本程序不认识的语言（%2）。</translation>
    </message>
    <message>
        <source>%1 is not text.</source>
        <translation>%1不是文字。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit.</source>
        <translation>%1有 %2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>%1 is empty: write it in Chinese or English.</source>
        <translation>%1为空：请用中文或英文填写。</translation>
    </message>
    <message>
        <source>%1 has a syntax error on line %2: %3. Check that every {{ has its }} and every {% if %} its {% endif %}.</source>
        <translation>%1第 %2 行有语法错误：请检查每个 {{ 是否都有 }}，每个 {% if %} 是否都有 {% endif %}。</translation>
    </message>
    <message>
        <source>%1 uses %2, which a template may not. Only placeholders such as {{ buyer }}, the filters %3 and {% if %} are allowed.</source>
        <translation>%1用了%2，话术里不允许这样写。只能用 {{ buyer }} 这样的占位符、过滤器 %3 和 {% if %}。</translation>
    </message>
    <message>
        <source>%1 uses the filter &apos;%2&apos;, which is not allowed. Allowed: %3.</source>
        <translation>%1用了不允许的过滤器“%2”。可用的过滤器：%3。</translation>
    </message>
    <message>
        <source>%1 assigns to &apos;%2&apos;; a template may only show values.</source>
        <translation>%1给“%2”赋值了；话术只能显示值，不能赋值。</translation>
    </message>
    <message>
        <source>%1 names the placeholder &apos;%2&apos;, which does not exist. Known: %3.</source>
        <translation>%1用了不存在的占位符“%2”。可用的占位符：%3。</translation>
    </message>
    <message>
        <source>The template was refused as unsafe: %1.</source>
        <translation>话术因不安全被拒绝，请只用占位符、过滤器和 {% if %}。</translation>
    </message>
    <message>
        <source>The template names something no case has: %1.</source>
        <translation>话术用到了售后单里没有的内容。</translation>
    </message>
    <message>
        <source>The template cannot be filled in: %1. Check the filters&apos; arguments, e.g. {{ buyer|truncate(10) }}.</source>
        <translation>话术无法生成回复：请检查过滤器的参数，例如 {{ buyer|truncate(10) }}。</translation>
    </message>
    <message>
        <source>Filled in, the reply would be %1 characters long; at most %2 fit in a chat message.</source>
        <translation>填好后回复将有 %1 个字符，一条聊天消息最多 %2 个。</translation>
    </message>
    <message>
        <source>The case has no %1: type it first.</source>
        <translation>售后单里没有%1：请先填写。</translation>
    </message>
    <message>
        <source>There is no reply template &apos;%1&apos; (any more).</source>
        <translation>话术“%1”不存在（或已删除）。</translation>
    </message>
    <message>
        <source>The macro is not a set of fields.</source>
        <translation>这个快捷操作不是一组字段。</translation>
    </message>
    <message>
        <source>The macro has a field &apos;%1&apos; that this program does not know.</source>
        <translation>快捷操作里有本程序不认识的字段“%1”。</translation>
    </message>
    <message>
        <source>Give the macro a title in Chinese or English, at most %1 characters each.</source>
        <translation>请给快捷操作填写中文或英文标题，每个最多 %1 个字符。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the key of a template.</source>
        <translation>“%1”不是话术的代码。</translation>
    </message>
    <message>
        <source>The actions must be a list.</source>
        <translation>动作须为一个列表。</translation>
    </message>
    <message>
        <source>The macro does nothing: choose a reply or write an action.</source>
        <translation>这个快捷操作什么也不做：请选择回复话术或写一个动作。</translation>
    </message>
    <message>
        <source>A macro holds at most %1 actions.</source>
        <translation>一个快捷操作最多 %1 个动作。</translation>
    </message>
    <message>
        <source>The shortcut &apos;%1&apos; is not like Ctrl+Alt+1.</source>
        <translation>快捷键“%1”格式不对，应类似 Ctrl+Alt+1。</translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by the macro &apos;%2&apos;.</source>
        <translation>快捷键 %1 已被快捷操作“%2”使用。</translation>
    </message>
    <message>
        <source>The macro&apos;s reply was not filled in.</source>
        <translation>快捷操作的回复还没有生成。</translation>
    </message>
    <message>
        <source>Action %1 is not like {do: status, to: waiting_buyer}.</source>
        <translation>第 %1 个动作格式不对，应类似 {do: status, to: waiting_buyer}。</translation>
    </message>
    <message>
        <source>Action %1 sends a reply: choose the reply above instead.</source>
        <translation>第 %1 个动作是发送回复：请改在上面选择回复话术。</translation>
    </message>
    <message>
        <source>Action %1 does &apos;%2&apos;, which a macro cannot. Known: %3.</source>
        <translation>第 %1 个动作“%2”不是快捷操作能做的。可用的动作：%3。</translation>
    </message>
    <message>
        <source>Action %1 (%2) needs &apos;%3&apos;.</source>
        <translation>第 %1 个动作（%2）缺少“%3”。</translation>
    </message>
    <message>
        <source>Action %1 (%2) has a field &apos;%3&apos; that it does not take.</source>
        <translation>第 %1 个动作（%2）有它不接受的字段“%3”。</translation>
    </message>
    <message>
        <source>Action %1: there is no status &apos;%2&apos;.</source>
        <translation>第 %1 个动作：没有状态“%2”。</translation>
    </message>
    <message>
        <source>Action %1: a case cannot be escalated to &apos;%2&apos;.</source>
        <translation>第 %1 个动作：售后单不能升级给“%2”。</translation>
    </message>
    <message>
        <source>Action %1 (%2): %3 must be a text.</source>
        <translation>第 %1 个动作（%2）：%3 须为文字。</translation>
    </message>
    <message>
        <source>Action %1: user is a name, me, or null to release the case.</source>
        <translation>第 %1 个动作：user 须为用户名、me，或 null（释放售后单）。</translation>
    </message>
    <message>
        <source>There is no macro &apos;%1&apos; (any more).</source>
        <translation>快捷操作“%1”不存在（或已删除）。</translation>
    </message>
    <message>
        <source>There is no placeholder &apos;%1&apos;. Known: %2.</source>
        <translation>没有占位符“%1”。可用的占位符：%2。</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>attribute access (x.y)</source>
        <translation>属性访问（x.y）</translation>
    </message>
    <message>
        <source>indexing (x[…])</source>
        <translation>下标取值（x[…]）</translation>
    </message>
    <message>
        <source>a call (x())</source>
        <translation>函数调用（x()）</translation>
    </message>
    <message>
        <source>a loop ({% for %})</source>
        <translation>循环（{% for %}）</translation>
    </message>
    <message>
        <source>a macro ({% macro %})</source>
        <translation>宏（{% macro %}）</translation>
    </message>
    <message>
        <source>an assignment ({% set %})</source>
        <translation>赋值（{% set %}）</translation>
    </message>
    <message>
        <source>an include ({% include %})</source>
        <translation>引入其他模板（{% include %}）</translation>
    </message>
    <message>
        <source>an import ({% import %})</source>
        <translation>导入（{% import %}）</translation>
    </message>
    <message>
        <source>template inheritance ({% extends %})</source>
        <translation>模板继承（{% extends %}）</translation>
    </message>
    <message>
        <source>arithmetic (+ - * /)</source>
        <translation>算术运算（+ - * /）</translation>
    </message>
    <message>
        <source>a test (x is …)</source>
        <translation>“is”判断（x is …）</translation>
    </message>
    <message>
        <source>The title (%1)</source>
        <translation>标题（%1）</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The %1 text (%2)</source>
        <translation>%1专用内容（%2）</translation>
    </message>
    <message>
        <source>The %1 text</source>
        <translation>%1专用内容</translation>
    </message>
    <message>
        <source>The text (%1)</source>
        <translation>内容（%1）</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>a %1 expression</source>
        <translation>不支持的写法（%1）</translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Macros</source>
        <translation>快捷操作</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复话术</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>One action a line, e.g.
{do: status, to: waiting_buyer}
{do: tag, tag: 待补图}
{do: assign, user: me}</source>
        <translation>每行一个动作，例如：
{do: status, to: waiting_buyer}
{do: tag, tag: 待补图}
{do: assign, user: me}</translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation>（不发回复）</translation>
    </message>
    <message>
        <source>Restore shipped</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>action line %1 is not like {do: status, to: waiting_buyer}</source>
        <translation>第 %1 行动作格式不对，应类似 {do: status, to: waiting_buyer}</translation>
    </message>
</context>
<context>
    <name>MacroMenu</name>
    <message>
        <source>Macros</source>
        <translation>快捷操作</translation>
    </message>
    <message>
        <source>Edit macros…</source>
        <translation>编辑快捷操作…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Aftersales Desk</source>
        <translation>售后工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1+ cases, counting…</source>
        <translation>%1+ 个售后单，统计中…</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 个售后单</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation>映射 %1 的列</translation>
    </message>
    <message>
        <source>No import profile knows these columns. Say which column holds each of our fields; the mapping is saved as a profile and used for such files next time.</source>
        <translation>没有导入模板能识别这些列。请指出我们的每个字段在哪一列；映射会保存为导入模板，下次遇到同样的文件自动使用。</translation>
    </message>
    <message>
        <source>e.g. My shop&apos;s refund list</source>
        <translation>例如：本店退款单</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>File contains</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Our field</source>
        <translation>我们的字段</translation>
    </message>
    <message>
        <source>Their column</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Preview of the first rows as mapped</source>
        <translation>按映射预览前几行</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Still to map: %1</source>
        <translation>还需映射：%1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为模板命名。</translation>
    </message>
</context>
<context>
    <name>MissingValuesBox</name>
    <message>
        <source>The case does not say; please fill in</source>
        <translation>工单里没有以下信息，请补充</translation>
    </message>
    <message>
        <source>Remember this return address for the shop</source>
        <translation>记住这个退货地址，本店以后自动填入</translation>
    </message>
    <message>
        <source>needed before the reply is final</source>
        <translation>填写后才能生成回复</translation>
    </message>
</context>
<context>
    <name>MoneyDialogs</name>
    <message>
        <source>Compensate the buyer — %1</source>
        <translation>小额打款 — %1</translation>
    </message>
    <message>
        <source>e.g. 5 or 12.50 (yuan)</source>
        <translation>如 5 或 12.50（元）</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>金额（¥）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Optional: what it is for, for the supervisor</source>
        <translation>可不填：给主管看的用途说明</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>打款(&amp;P)</translation>
    </message>
    <message>
        <source>Above the approval threshold it waits for a supervisor.</source>
        <translation>超过审批额度的需等主管审批。</translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation>打款 %1(&amp;P)</translation>
    </message>
    <message>
        <source>Give the buyer a coupon — %1</source>
        <translation>发优惠券 — %1</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>券模板(&amp;T)</translation>
    </message>
    <message>
        <source>Optional: the coupon code the platform gave</source>
        <translation>可不填：平台给出的券码</translation>
    </message>
    <message>
        <source>&amp;Code or reference</source>
        <translation>券码或编号(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Give coupon</source>
        <translation>发券(&amp;G)</translation>
    </message>
    <message>
        <source>The shop has no coupon templates yet: a supervisor adds them (coupon-template add).</source>
        <translation>店铺还没有优惠券模板：请主管添加（coupon-template add）。</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>请选择一个模板。</translation>
    </message>
    <message>
        <source>no minimum spend</source>
        <translation>无门槛</translation>
    </message>
    <message>
        <source>min. spend %1</source>
        <translation>满 %1 可用</translation>
    </message>
    <message>
        <source>valid %1 days</source>
        <translation>有效 %1 天</translation>
    </message>
    <message>
        <source>Confirm the payment was made</source>
        <translation>确认已打款</translation>
    </message>
    <message>
        <source>%1 (%2), approved. Enter the reference no. the platform&apos;s back office showed for it.</source>
        <translation>%1（%2），已批准。请填写平台商家后台显示的流水号。</translation>
    </message>
    <message>
        <source>&amp;Reference no.</source>
        <translation>流水号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Confirm paid</source>
        <translation>确认已打款(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the reference no. of the payment.</source>
        <translation>请填写这笔打款的流水号。</translation>
    </message>
</context>
<context>
    <name>MoneyTexts</name>
    <message>
        <source>Goodwill (late or damaged parcel)</source>
        <translation>延迟/破损补偿</translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation>退货运费补偿</translation>
    </message>
    <message>
        <source>Price difference</source>
        <translation>差价补偿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他补偿</translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation>待主管审批</translation>
    </message>
    <message>
        <source>approved, to pay in the back office</source>
        <translation>已批准，待在后台打款</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已打款</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Our warehouse</source>
        <translation>自有仓库</translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Another seller</source>
        <translation>其他商家</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Enter an amount, such as 12.50.</source>
        <translation>请输入金额，如 12.50。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan; write it like 12.50.</source>
        <translation>“%1”不是以元计的金额；请写成 12.50 这样。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>At most two decimals: the smallest amount is one fen (0.01).</source>
        <translation>最多两位小数：最小金额是一分（0.01）。</translation>
    </message>
    <message>
        <source>“%1” is far too large; check the amount.</source>
        <translation>“%1”太大了，请检查金额。</translation>
    </message>
    <message>
        <source>A payment needs an amount above ¥0.00.</source>
        <translation>打款金额必须大于 ¥0.00。</translation>
    </message>
    <message>
        <source>This case has no order, so nothing can be paid or sent to the buyer.</source>
        <translation>此售后单没有订单，无法给买家打款或寄送。</translation>
    </message>
    <message>
        <source>The order was never paid, so the platform takes no payment on it.</source>
        <translation>该订单从未付款，平台不接受对它打款。</translation>
    </message>
    <message>
        <source>The order was paid {used} days ago, more than the {limit} days in which the platform takes payments on it.</source>
        <translation>该订单付款已 {used} 天，超过平台允许打款的 {limit} 天。</translation>
    </message>
    <message>
        <source>The order already has {used} payments, the most it may have.</source>
        <translation>该订单已有 {used} 笔打款，已达上限。</translation>
    </message>
    <message>
        <source>That would bring the order&apos;s payments to {would_be} of {limit}: at most {left} more on this order.</source>
        <translation>这样订单打款合计将达 {would_be}（上限 {limit}）：本订单最多还能打 {left}。</translation>
    </message>
    <message>
        <source>That would bring the shop&apos;s payments today to {would_be} of {limit}: at most {left} more today.</source>
        <translation>这样店铺今日打款合计将达 {would_be}（上限 {limit}）：今天最多还能打 {left}。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may do this.</source>
        <translation>只有主管或管理员可以这样做。</translation>
    </message>
    <message>
        <source>The payment has moved on meanwhile (someone else decided it).</source>
        <translation>这笔打款的状态已经变了（有人已处理）。</translation>
    </message>
    <message>
        <source>The shop {shop} has no return address yet: enter it, and it is kept for the shop.</source>
        <translation>店铺 {shop} 还没有退货地址：请填写，会为店铺保存。</translation>
    </message>
    <message>
        <source>The platform takes this reason only with a description: write one.</source>
        <translation>平台要求此理由附说明：请填写。</translation>
    </message>
    <message>
        <source>The platform takes this reason only with evidence images: tick at least one (attach them on the Evidence tab first).</source>
        <translation>平台要求此理由附凭证图片：请至少勾选一张（先在“凭证”页添加）。</translation>
    </message>
    <message>
        <source>The platform takes at most {limit} images with this reason; {chosen} are ticked.</source>
        <translation>此理由平台最多接受 {limit} 张图片；现勾选了 {chosen} 张。</translation>
    </message>
    <message>
        <source>The platform does not list this reason; choose one from the list.</source>
        <translation>平台没有这个理由；请从列表中选择。</translation>
    </message>
    <message>
        <source>A failed inspection needs a note saying what was wrong.</source>
        <translation>验货不合格需要备注说明问题。</translation>
    </message>
    <message>
        <source>A failed inspection needs at least one evidence file (a photo of the goods as they came back): tick it.</source>
        <translation>验货不合格至少需要一个凭证文件（退回商品的照片）：请勾选。</translation>
    </message>
    <message>
        <source>An appeal needs evidence on the case: attach photos of what came back or the return&apos;s tracking first.</source>
        <translation>申诉需要售后单上有凭证：请先添加退回商品的照片或退货物流截图。</translation>
    </message>
    <message>
        <source>A refund is never more than the buyer asked for: at most {case_amount}.</source>
        <translation>退款不能超过买家申请的金额：最多 {case_amount}。</translation>
    </message>
    <message>
        <source>A refund needs an amount above ¥0.00.</source>
        <translation>退款金额必须大于 ¥0.00。</translation>
    </message>
    <message>
        <source>{amount} is over the platform&apos;s {batch_max} a batch call: approve it on its own.</source>
        <translation>{amount} 超过平台每批 {batch_max} 的上限：请单独同意。</translation>
    </message>
    <message>
        <source>The case&apos;s order has no buyer to give a coupon to.</source>
        <translation>此售后单的订单没有买家，无法发券。</translation>
    </message>
    <message>
        <source>The parcel {tracking_no} has already shipped: the address can no longer change. Ask the carrier to intercept it instead.</source>
        <translation>包裹 {tracking_no} 已发出：地址不能再改。请改为申请快递拦截。</translation>
    </message>
    <message>
        <source>No parcel of this order is on its way: only a parcel shipped and not delivered can be intercepted.</source>
        <translation>该订单没有在途包裹：只有已发货未签收的包裹才能拦截。</translation>
    </message>
    <message>
        <source>That is the buyer&apos;s parcel coming back; the shop cannot intercept it.</source>
        <translation>那是买家寄回的包裹，店铺不能拦截。</translation>
    </message>
    <message>
        <source>That parcel has not shipped: change its address instead.</source>
        <translation>该包裹还没发出：请改为修改地址。</translation>
    </message>
    <message>
        <source>The parcel {tracking_no} was already delivered.</source>
        <translation>包裹 {tracking_no} 已签收。</translation>
    </message>
    <message>
        <source>An intercept of this parcel was already requested.</source>
        <translation>已申请过拦截这个包裹。</translation>
    </message>
    <message>
        <source>No intercept of this parcel is waiting for its outcome.</source>
        <translation>这个包裹没有等待结果的拦截申请。</translation>
    </message>
    <message>
        <source>The tracking no. {tracking_no} is already on another parcel.</source>
        <translation>运单号 {tracking_no} 已用于另一个包裹。</translation>
    </message>
    <message>
        <source>The case is {status}: reopen it first.</source>
        <translation>售后单状态为{status}：请先重新打开。</translation>
    </message>
    <message>
        <source>A {kind} case that is {status} does not allow this.</source>
        <translation>{status}的{kind}售后单不能这样操作。</translation>
    </message>
    <message>
        <source>The refund can be at most the case&apos;s amount, {limit}.</source>
        <translation>退款最多为售后单金额 {limit}。</translation>
    </message>
    <message>
        <source>The order was paid too long ago: the platform takes no more payments on it.</source>
        <translation>订单付款时间太久：平台不再接受对它打款。</translation>
    </message>
    <message>
        <source>The order has had all the payments it may have.</source>
        <translation>该订单的打款笔数已用完。</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this order.</source>
        <translation>该订单已没有可打款的额度。</translation>
    </message>
    <message>
        <source>The shop has paid all it may today.</source>
        <translation>店铺今天的打款额度已用完。</translation>
    </message>
    <message>
        <source>%1 left on this order, 1 payment</source>
        <translation>本订单还可打 %1，1 笔</translation>
    </message>
    <message>
        <source>%1 left on this order, %2 payments</source>
        <translation>本订单还可打 %1，%2 笔</translation>
    </message>
    <message>
        <source>%1 left for the shop today</source>
        <translation>店铺今日还可打 %1</translation>
    </message>
    <message>
        <source>above %1 a supervisor approves</source>
        <translation>超过 %1 需主管审批</translation>
    </message>
    <message>
        <source>no approval needed at your role</source>
        <translation>你的角色无需审批</translation>
    </message>
    <message>
        <source>Over what is left on this order (%1).</source>
        <translation>超过本订单剩余额度（%1）。</translation>
    </message>
    <message>
        <source>Over what the shop has left today (%1).</source>
        <translation>超过店铺今日剩余额度（%1）。</translation>
    </message>
    <message>
        <source>%1 is over your %2: it waits for a supervisor&apos;s approval.</source>
        <translation>%1 超过你的 %2 额度：需等主管审批。</translation>
    </message>
    <message>
        <source>%1 is paid on your own authority.</source>
        <translation>%1 在你的权限内，直接批准。</translation>
    </message>
    <message>
        <source>%1 is waiting for a supervisor&apos;s approval; it counts against the caps meanwhile.</source>
        <translation>%1 等待主管审批；审批前照样占用限额。</translation>
    </message>
    <message>
        <source>%1 is approved; the platform&apos;s gateway pays it.</source>
        <translation>%1 已批准；由平台接口完成打款。</translation>
    </message>
    <message>
        <source>%1 is approved. Pay it now in the platform&apos;s back office (小额打款), then confirm it here with the reference no.: Actions → Confirm paid…</source>
        <translation>%1 已批准。请现在到平台商家后台完成小额打款，再回到这里填流水号确认：操作 → 确认已打款…</translation>
    </message>
    <message>
        <source>This payment was already made (the same request again): nothing new was paid.</source>
        <translation>这笔打款已经做过（同一请求再次提交）：没有重复打款。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少 8 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PaymentLabels</name>
    <message>
        <source>Return postage</source>
        <translation>退货运费补偿</translation>
    </message>
    <message>
        <source>Price difference</source>
        <translation>差价补偿</translation>
    </message>
    <message>
        <source>Goodwill (late or damaged parcel)</source>
        <translation>延迟/破损补偿</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他补偿</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, to be paid</source>
        <translation>已批准，待打款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已打款</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>打款失败</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments</source>
        <translation>打款列表</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>店铺：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Only the day</source>
        <translation>仅当天</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Export for batch upload…</source>
        <translation>导出批量打款文件…</translation>
    </message>
    <message>
        <source>Confirm paid…</source>
        <translation>确认已打款…</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>Payments listed: %1 · paid, approved or waiting: %2</source>
        <translation>共 %1 笔 · 已打款、已批准和待审批合计 %2</translation>
    </message>
    <message>
        <source>Choose a platform first: each platform&apos;s batch upload takes its own layout.</source>
        <translation>请先选择平台：每个平台的批量打款文件格式不同。</translation>
    </message>
    <message>
        <source>%1 on case %2</source>
        <translation>售后单 %2 的 %1</translation>
    </message>
    <message>
        <source>Payment %1 is recorded as paid (reference %2).</source>
        <translation>打款 %1 已记为已打款（流水号 %2）。</translation>
    </message>
    <message>
        <source>Export payments for batch upload</source>
        <translation>导出批量打款文件</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何文件：%1</translation>
    </message>
    <message>
        <source>Exported %1 payments to %2</source>
        <translation>已导出 %1 笔打款到 %2</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>售后单号</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>打款流水号</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Asked for at %1</source>
        <translation>申请于 %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>审批意见：%1</translation>
    </message>
    <message>
        <source>Paid by %1 at %2</source>
        <translation>%1 于 %2 打款</translation>
    </message>
</context>
<context>
    <name>PermissionTexts</name>
    <message>
        <source>Only a supervisor or an admin may approve or deny payments.</source>
        <translation>只有主管或管理员可以批准或拒绝打款。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may edit templates, macros and rules.</source>
        <translation>只有主管或管理员可以编辑话术模板、宏和规则。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may see a buyer&apos;s full phone or address.</source>
        <translation>只有主管或管理员可以查看买家的完整手机号或地址。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may export buyers&apos; personal data.</source>
        <translation>只有主管或管理员可以导出买家个人信息。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may read reports.</source>
        <translation>只有主管或管理员可以查看报表。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may read the audit.</source>
        <translation>只有主管或管理员可以查看审计记录。</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may make archives and checkpoints.</source>
        <translation>只有主管或管理员可以制作归档和检查点。</translation>
    </message>
    <message>
        <source>Only an admin may manage users.</source>
        <translation>只有管理员可以管理用户。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Confirm paid</source>
        <translation>确认已打款</translation>
    </message>
    <message>
        <source>You paid %1 in the platform&apos;s back office. Its payment or transaction no. there:</source>
        <translation>你已在平台后台打款 %1。请填写平台上的打款单号或流水号：</translation>
    </message>
</context>
<context>
    <name>RefundDialogs</name>
    <message>
        <source>Approve the refund — %1</source>
        <translation>同意退款 — %1</translation>
    </message>
    <message>
        <source>Refund only: the buyer keeps the goods and gets %1 back; the case is resolved.</source>
        <translation>仅退款：买家不退货，退回 %1；售后单办结。</translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation>金额（¥）(&amp;A)</translation>
    </message>
    <message>
        <source>At most the case&apos;s amount, %1.</source>
        <translation>最多为售后单金额 %1。</translation>
    </message>
    <message>
        <source>&amp;Approve refund</source>
        <translation>同意退款(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the return — %1</source>
        <translation>同意退货 — %1</translation>
    </message>
    <message>
        <source>The buyer returns the goods to this address; the refund follows once the parcel arrived and passed inspection.</source>
        <translation>买家把商品寄回这个地址；包裹到货并验货合格后再退款。</translation>
    </message>
    <message>
        <source>Return &amp;address</source>
        <translation>退货地址(&amp;A)</translation>
    </message>
    <message>
        <source>The shop&apos;s return address; a change here is kept for the shop.</source>
        <translation>店铺的退货地址；在这里修改会为店铺保存。</translation>
    </message>
    <message>
        <source>The shop has none yet: enter it once, it is kept.</source>
        <translation>店铺还没有退货地址：填一次即会保存。</translation>
    </message>
    <message>
        <source>&amp;Approve return</source>
        <translation>同意退货(&amp;A)</translation>
    </message>
    <message>
        <source>Enter the address the buyer sends the goods to.</source>
        <translation>请填写买家寄回商品的地址。</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>凭证(&amp;E)</translation>
    </message>
    <message>
        <source>Space ticks or unticks a file.</source>
        <translation>空格键勾选或取消勾选文件。</translation>
    </message>
    <message>
        <source>Write what the platform should know.</source>
        <translation>请写下平台需要知道的情况。</translation>
    </message>
    <message>
        <source>Inspect the returned goods — %1</source>
        <translation>退货验货 — %1</translation>
    </message>
    <message>
        <source>Passed: the refund of %1 is made and the case resolved. Failed: the refund is rejected; say why and tick the evidence.</source>
        <translation>合格：退款 %1 并办结。不合格：拒绝退款；请说明原因并勾选凭证。</translation>
    </message>
    <message>
        <source>Passed: as sent, refund it</source>
        <translation>合格：与发出时一致，退款</translation>
    </message>
    <message>
        <source>Failed: damaged, used or incomplete</source>
        <translation>不合格：损坏、已使用或不完整</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Goods loss (¥)</source>
        <translation>货损（¥）(&amp;G)</translation>
    </message>
    <message>
        <source>What the goods lost in value, if anything (for the cost report).</source>
        <translation>商品因此贬值的金额（如有），用于成本报表。</translation>
    </message>
    <message>
        <source>&amp;Record inspection</source>
        <translation>记录验货(&amp;R)</translation>
    </message>
    <message>
        <source>Record the platform&apos;s fast refund — %1</source>
        <translation>记录平台极速退款 — %1</translation>
    </message>
    <message>
        <source>The platform refunded the buyer by itself (极速退款). The case stays open: watch for the returned parcel and appeal a fake return.</source>
        <translation>平台已自行给买家退款（极速退款）。售后单保持打开：留意退货包裹，遇到虚假退货就申诉。</translation>
    </message>
    <message>
        <source>&amp;Refunded (¥)</source>
        <translation>已退金额（¥）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Record fast refund</source>
        <translation>记录极速退款(&amp;R)</translation>
    </message>
    <message>
        <source>needs a description</source>
        <translation>需要说明</translation>
    </message>
    <message>
        <source>needs evidence images (up to %1)</source>
        <translation>需要凭证图片（最多 %1 张）</translation>
    </message>
    <message>
        <source>needs evidence images</source>
        <translation>需要凭证图片</translation>
    </message>
    <message>
        <source>needs nothing more</source>
        <translation>无其他要求</translation>
    </message>
    <message>
        <source>Reject the refund — %1</source>
        <translation>拒绝退款 — %1</translation>
    </message>
    <message>
        <source>The platform shows the buyer the reason; a reason that needs a description or images is refused without them.</source>
        <translation>平台会把理由展示给买家；需要说明或图片的理由缺了就会被拒。</translation>
    </message>
    <message>
        <source>Choose the platform&apos;s reason (↓)</source>
        <translation>选择平台的拒绝理由（↓）</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>The case&apos;s images; Space ticks or unticks one.</source>
        <translation>售后单上的图片；空格键勾选或取消。</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>%1 reasons from the platform&apos;s list.</source>
        <translation>平台列表中的 %1 个理由。</translation>
    </message>
    <message>
        <source>Choose a reason from the platform&apos;s list.</source>
        <translation>请从平台列表中选择一个理由。</translation>
    </message>
</context>
<context>
    <name>ReplyTab</name>
    <message>
        <source>Find a template: key, title or words</source>
        <translation>搜索话术：代码、标题或内容</translation>
    </message>
    <message>
        <source>Preview for this case</source>
        <translation>本工单预览</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Put the rendered template into the reply (Enter)</source>
        <translation>把填好的话术放进回复框（回车）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Write the reply here. Type :: and a few letters to insert a template.</source>
        <translation>在这里写回复。输入 :: 加几个字即可插入话术。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the reply, then paste it into the platform&apos;s chat</source>
        <translation>复制回复，再粘贴到平台的聊天窗口</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记已发送</translation>
    </message>
    <message>
        <source>Record in the case&apos;s history that this reply was sent</source>
        <translation>在工单记录里登记这条回复已发送</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>编辑话术…</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>快捷操作</translation>
    </message>
    <message>
        <source>Reply, status, tag and assignment in one step</source>
        <translation>一步完成回复、改状态、打标签和分配</translation>
    </message>
    <message>
        <source>No template found.</source>
        <translation>没有找到话术。</translation>
    </message>
    <message>
        <source>Fill in what the case does not say, then press Enter to insert the reply.</source>
        <translation>请补充工单里缺少的信息，然后按回车插入回复。</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>还需要：%1</translation>
    </message>
    <message>
        <source>Copied. Paste it into the platform&apos;s chat, then mark it as sent.</source>
        <translation>已复制。粘贴到平台聊天窗口发送后，请点“标记已发送”。</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>已标记为已发送。</translation>
    </message>
    <message>
        <source>Fill in what the case does not say, then run the macro again.</source>
        <translation>请补充工单里缺少的信息，然后再运行一次快捷操作。</translation>
    </message>
</context>
<context>
    <name>ReplyTexts</name>
    <message>
        <source>Buyer nickname</source>
        <translation>买家昵称</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>快递单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>退货地址</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation>客服名</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>All shops</source>
        <translation>全部店铺</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation>全部供应商</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>全部商品</translation>
    </message>
    <message>
        <source>All SKUs</source>
        <translation>全部 SKU</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <source>Quality refunds</source>
        <translation>品质退款</translation>
    </message>
    <message>
        <source>Refund reasons</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <source>Second refunds</source>
        <translation>二次退款</translation>
    </message>
    <message>
        <source>Compensation and coupons</source>
        <translation>小额打款与优惠券</translation>
    </message>
    <message>
        <source>Cost of refunds</source>
        <translation>退款成本</translation>
    </message>
    <message>
        <source>Supplier exceptions</source>
        <translation>供应商异常</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>时效达成</translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation>客服工作量</translation>
    </message>
    <message>
        <source>Refunded orders / paid orders: orders paid in the period, and of those the ones with a refund case that was refunded (approved, its return passed inspection, or fast-refunded by the platform). Under 5 % is good; over 10 % draws the platform&apos;s attention.</source>
        <translation>退款订单数 ÷ 支付订单数：期间内支付的订单中，有退款售后单且已退款（同意退款、退货验货通过或平台极速退款）的订单。低于 5% 为良好；高于 10% 会引起平台关注。</translation>
    </message>
    <message>
        <source>Pinduoduo&apos;s definition: orders paid in the period that were refunded for a quality problem or not as described, and their share of the paid orders; the count and the rate both weigh on the shop&apos;s rating.</source>
        <translation>拼多多口径：期间内支付、因质量问题或描述不符而退款的订单数，及其占支付订单的比例；数量和比率都会影响店铺评分。</translation>
    </message>
    <message>
        <source>Refund and return cases opened in the period, by the buyer&apos;s reason, with the amount they ask back.</source>
        <translation>期间内新建的退款和退货退款售后单，按买家原因统计，并列出申请退款金额。</translation>
    </message>
    <message>
        <source>A second refund is a new refund on an order that already had one. Counted among the refund cases opened in the period, with how they ended.</source>
        <translation>二次退款：已经退过款的订单再次发起退款。在期间内新建的退款售后单中统计，并列出处理结果。</translation>
    </message>
    <message>
        <source>Compensation payments (pending, approved and paid) and coupons issued, per shop and Asia/Shanghai day, against the shop&apos;s daily cap.</source>
        <translation>小额打款（待审批、已批准和已打款）与已发优惠券，按店铺和北京时间日期统计，对照店铺每日上限。</translation>
    </message>
    <message>
        <source>Of the cases opened in the period: explicit loss is the amount refunded; hidden loss is the rest they cost: the order&apos;s marketing cost, return and exchange postage, processing, goods lost, compensation and coupons. A case counts towards its order&apos;s largest line.</source>
        <translation>期间内新建的售后单：显性损失是退款金额；隐性损失是其余成本：订单的营销成本、退换货运费、处理成本、货损、小额打款和优惠券。售后单计入其订单中金额最大的商品。</translation>
    </message>
    <message>
        <source>Exception-parcel cases / orders paid in the period that hold the supplier&apos;s products. A supplier over the threshold is flagged for re-evaluation.</source>
        <translation>异常件售后单数 ÷ 期间内支付、含该供应商商品的订单数。超过阈值的供应商会被标记，需要重新评估。</translation>
    </message>
    <message>
        <source>Cases closed in the period (at their last status change): on time if closed at or before their deadline. Handling time runs from the case&apos;s arrival to its closing.</source>
        <translation>期间内关闭的售后单（以最后一次状态变更为关闭时间）：在截止时间或之前关闭即为准时。处理时长从售后单进入到关闭。</translation>
    </message>
    <message>
        <source>Per agent: cases assigned and open now, cases assigned that closed and history events recorded in the period, and the median handling time of the closed ones.</source>
        <translation>按客服统计：当前分配且未关闭的售后单、期间内关闭的分配售后单和记录的历史事件，以及已关闭售后单的处理时长中位数。</translation>
    </message>
    <message>
        <source>refunded orders ÷ paid orders</source>
        <translation>退款订单 ÷ 支付订单</translation>
    </message>
    <message>
        <source>Refunded orders</source>
        <translation>退款订单</translation>
    </message>
    <message>
        <source>paid in the period and refunded</source>
        <translation>期间内支付并已退款</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>支付订单</translation>
    </message>
    <message>
        <source>orders paid in the period</source>
        <translation>期间内支付的订单</translation>
    </message>
    <message>
        <source>Quality-refund rate</source>
        <translation>品质退款率</translation>
    </message>
    <message>
        <source>quality refunds ÷ paid orders</source>
        <translation>品质退款 ÷ 支付订单</translation>
    </message>
    <message>
        <source>Quality-refund count</source>
        <translation>品质退款数</translation>
    </message>
    <message>
        <source>reason: quality problem or not as described</source>
        <translation>原因：质量问题或描述不符</translation>
    </message>
    <message>
        <source>Refund cases</source>
        <translation>退款售后单</translation>
    </message>
    <message>
        <source>refund and return cases opened</source>
        <translation>新建的退款和退货退款售后单</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <source>what the buyers ask back</source>
        <translation>买家申请退回的金额</translation>
    </message>
    <message>
        <source>Second-refund count</source>
        <translation>二次退款数</translation>
    </message>
    <message>
        <source>on an order that already had a refund</source>
        <translation>发生在已退过款的订单上</translation>
    </message>
    <message>
        <source>Share of refunds</source>
        <translation>占退款比例</translation>
    </message>
    <message>
        <source>second refunds ÷ refund cases</source>
        <translation>二次退款 ÷ 退款售后单</translation>
    </message>
    <message>
        <source>refund cases opened in the period</source>
        <translation>期间内新建的退款售后单</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>小额打款</translation>
    </message>
    <message>
        <source>pending, approved and paid</source>
        <translation>待审批、已批准和已打款</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>打款笔数</translation>
    </message>
    <message>
        <source>compensation payments made</source>
        <translation>小额打款笔数</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>face value of the coupons issued</source>
        <translation>已发优惠券面值</translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation>优惠券张数</translation>
    </message>
    <message>
        <source>number of coupons</source>
        <translation>已发优惠券张数</translation>
    </message>
    <message>
        <source>Explicit loss</source>
        <translation>显性损失</translation>
    </message>
    <message>
        <source>the amount refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Hidden loss</source>
        <translation>隐性损失</translation>
    </message>
    <message>
        <source>marketing, postage, processing, goods, goodwill</source>
        <translation>营销、运费、处理、货损、补偿</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>总成本</translation>
    </message>
    <message>
        <source>explicit + hidden</source>
        <translation>显性 + 隐性</translation>
    </message>
    <message>
        <source>Hidden share</source>
        <translation>隐性占比</translation>
    </message>
    <message>
        <source>hidden ÷ total cost</source>
        <translation>隐性 ÷ 总成本</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>a supplier above it is flagged</source>
        <translation>超过即标记供应商</translation>
    </message>
    <message>
        <source>Suppliers flagged</source>
        <translation>标记的供应商</translation>
    </message>
    <message>
        <source>to re-evaluate</source>
        <translation>需要重新评估</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>准时率</translation>
    </message>
    <message>
        <source>closed before the deadline ÷ closed</source>
        <translation>截止前关闭 ÷ 已关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>cases closed in the period</source>
        <translation>期间内关闭的售后单</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>超时关闭</translation>
    </message>
    <message>
        <source>closed after the deadline</source>
        <translation>截止时间后关闭</translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation>已超时未关闭</translation>
    </message>
    <message>
        <source>past the deadline and still open</source>
        <translation>已过截止时间且仍未关闭</translation>
    </message>
    <message>
        <source>Median handling time</source>
        <translation>处理时长中位数</translation>
    </message>
    <message>
        <source>arrival to closing</source>
        <translation>从进入到关闭</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>with cases or history events</source>
        <translation>有售后单或历史事件</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>当前未关闭</translation>
    </message>
    <message>
        <source>assigned and not closed</source>
        <translation>已分配且未关闭</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>期间内关闭</translation>
    </message>
    <message>
        <source>by the agents</source>
        <translation>由客服关闭</translation>
    </message>
    <message>
        <source>By product</source>
        <translation>按商品</translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation>按 SKU</translation>
    </message>
    <message>
        <source>By shop</source>
        <translation>按店铺</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>按原因</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>By shop and day</source>
        <translation>按店铺和日期</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>售后单</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quality problems</source>
        <translation>品质问题</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Of the cap</source>
        <translation>占上限</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本项</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Exception parcels</source>
        <translation>异常件</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>时长中位数</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Refund rate by week</source>
        <translation>每周退款率</translation>
    </message>
    <message>
        <source>Products refunded most</source>
        <translation>退款最多的商品</translation>
    </message>
    <message>
        <source>Quality-refund rate by week</source>
        <translation>每周品质退款率</translation>
    </message>
    <message>
        <source>Cases by reason</source>
        <translation>各原因售后单</translation>
    </message>
    <message>
        <source>How second refunds ended</source>
        <translation>二次退款的结果</translation>
    </message>
    <message>
        <source>Compensation and coupons by day</source>
        <translation>每日小额打款与优惠券</translation>
    </message>
    <message>
        <source>Explicit and hidden loss by shop</source>
        <translation>各店铺显性与隐性损失</translation>
    </message>
    <message>
        <source>Exception rate by supplier</source>
        <translation>各供应商异常率</translation>
    </message>
    <message>
        <source>On-time rate by week</source>
        <translation>每周准时率</translation>
    </message>
    <message>
        <source>Cases per agent</source>
        <translation>各客服售后单</translation>
    </message>
    <message>
        <source>Good (under 5 %)</source>
        <translation>良好（低于 5%）</translation>
    </message>
    <message>
        <source>Watch (5–10 %)</source>
        <translation>关注（5–10%）</translation>
    </message>
    <message>
        <source>Alarm (over 10 %)</source>
        <translation>警戒（高于 10%）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍在处理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation>以其他方式解决</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>已换货</translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation>已补偿</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销成本</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Return and exchange postage</source>
        <translation>退换货运费</translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation>退货运费</translation>
    </message>
    <message>
        <source>Exchange postage</source>
        <translation>换货运费</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理成本</translation>
    </message>
    <message>
        <source>Goods lost</source>
        <translation>货损</translation>
    </message>
    <message>
        <source>5 % band</source>
        <translation>5% 线</translation>
    </message>
    <message>
        <source>10 % band</source>
        <translation>10% 线</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No rows for this filter.</source>
        <translation>此筛选条件下没有数据。</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Yuan (¥)</source>
        <translation>元（¥）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Export table… (Ctrl+E)</source>
        <translation>导出表格…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Print to PDF… (Ctrl+P)</source>
        <translation>打印为 PDF…（Ctrl+P）</translation>
    </message>
    <message>
        <source>Run again (F5)</source>
        <translation>重新计算（F5）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Choose a report</source>
        <translation>请选择报表</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>正在计算%1…</translation>
    </message>
    <message>
        <source>Stopped; the report shown is the one before.</source>
        <translation>已停止；显示的仍是之前的报表。</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>报表无法计算：%1</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Table exported to %1</source>
        <translation>表格已导出到 %1</translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation>导出失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>打印为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing to %1…</source>
        <translation>正在打印到 %1…</translation>
    </message>
    <message>
        <source>Report printed to %1</source>
        <translation>报表已打印到 %1</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>打印失败：%1</translation>
    </message>
</context>
<context>
    <name>ReportsWork</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>报表…</translation>
    </message>
</context>
<context>
    <name>RevealWork</name>
    <message>
        <source>Show the buyer&apos;s full phone number (recorded in the case&apos;s history)</source>
        <translation>显示买家完整手机号（会记入售后单历史）</translation>
    </message>
    <message>
        <source>Show the buyer&apos;s full address (recorded in the case&apos;s history)</source>
        <translation>显示买家完整收货地址（会记入售后单历史）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>SavedViewsUi</name>
    <message>
        <source>Save the current filters as a view</source>
        <translation>将当前筛选保存为视图</translation>
    </message>
    <message>
        <source>Choose a saved view first</source>
        <translation>请先选择一个已存视图</translation>
    </message>
    <message>
        <source>Rename the saved view</source>
        <translation>重命名已存视图</translation>
    </message>
    <message>
        <source>Delete the saved view</source>
        <translation>删除已存视图</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The cases stay as they are.</source>
        <translation>删除已存视图“%1”？售后单本身不受影响。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 min %2 s.</source>
        <translation>密码错误次数过多，请 %1 分 %2 秒后再试。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in 1 second.</source>
        <translation>密码错误次数过多，请 1 秒后再试。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>This account is disabled. An admin can enable it.</source>
        <translation>此账号已停用，可请管理员启用。</translation>
    </message>
    <message>
        <source>This account has no password yet. An admin can set one.</source>
        <translation>此账号尚未设置密码，可请管理员设置。</translation>
    </message>
    <message>
        <source>A password is at most 1024 characters.</source>
        <translation>密码最多 1024 个字符。</translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to work in this store: every action is recorded under your name.</source>
        <translation>登录后即可在此数据库中工作：每项操作都记录在你的名下。</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>你的用户名</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>在这台电脑上记住我</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在核对密码…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>现在可以再试一次了。</translation>
    </message>
</context>
<context>
    <name>SignInWork</name>
    <message>
        <source>not a known user</source>
        <translation>未登记的用户</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>已登录：%1 · %2</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>用户管理…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>退出登录…</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>No passwords set</source>
        <translation>未设置密码</translation>
    </message>
    <message>
        <source>No account has a password yet: anyone can work under any name. An admin can add accounts with passwords (users add, or File → Users…).</source>
        <translation>还没有任何账号设置密码：任何人都能以任意名字工作。管理员可以添加带密码的账号（users add，或 文件 → 用户管理…）。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>The database %1 is on a network drive, where SQLite cannot write safely. Copy it to a local disk, or let the team share a PostgreSQL server.</source>
        <translation>数据库 %1 位于网络驱动器上，SQLite 无法在那里安全写入。请把它复制到本地磁盘，或让团队共用一台 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Aftersales Desk (schema %1). Please update the program.</source>
        <translation>该数据库由更新版本的售后工作台写入（结构版本 %1）。请更新程序。</translation>
    </message>
    <message>
        <source>Updating the database failed: %1. The database as it was before is kept at %2.</source>
        <translation>数据库升级失败：%1。升级前的数据库已保存在 %2。</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>The disk holding the database failed or is full: %1</source>
        <translation>数据库所在磁盘出错或已满：%1</translation>
    </message>
    <message>
        <source>The database file is read-only for this user.</source>
        <translation>当前用户对数据库文件只有读取权限。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not an Aftersales Desk database: %1</source>
        <translation>数据库文件已损坏，或不是售后工作台的数据库：%1</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation>无法使用数据文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump).</source>
        <translation>服务器数据库请在服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>%1 is not a database address this program can use: %2. Use a SQLite file or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>%1 不是本程序能使用的数据库地址：%2。请使用 SQLite 文件或 postgresql+psycopg://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>The database driver %2 for %1 is not installed.</source>
        <translation>连接 %1 所需的数据库驱动 %2 未安装。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Aftersales Desk; it was left as it is. Choose another file or folder.</source>
        <translation>%1 是其他程序的数据库，不是售后工作台的数据库；程序没有改动它。请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <source>The copy at %1 failed its integrity check (%2), so it was removed; the database itself may be damaged. Keep the last good backup.</source>
        <translation>%1 处的备份未通过完整性检查（%2），已被删除；数据库本身可能已损坏。请保留最近一份完好的备份。</translation>
    </message>
    <message>
        <source>This is an archive made %1 by %2; it cannot be changed.</source>
        <translation>这是 %1 由 %2 制作的归档，不能修改。</translation>
    </message>
    <message>
        <source>There is no archive %1.</source>
        <translation>归档 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an archive of Aftersales Desk: %2</source>
        <translation>%1 不是售后工作台的归档：%2</translation>
    </message>
    <message>
        <source>The archive %1 holds schema %2, which this version does not read; open it with the version of Aftersales Desk that made it.</source>
        <translation>归档 %1 的数据结构版本为 %2，本版本无法读取；请用制作它的售后工作台版本打开。</translation>
    </message>
    <message>
        <source>The archive %1 does not verify and cannot be opened: %2</source>
        <translation>归档 %1 校验未通过，无法打开：%2</translation>
    </message>
    <message>
        <source>The archive %1 could not be written (%2); nothing was left under that name.</source>
        <translation>无法写入归档 %1（%2）；该文件名下没有留下任何内容。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Reply templates</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>适用工单</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation>内容（中文）</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>内容（英文）</translation>
    </message>
    <message>
        <source>Preview in</source>
        <translation>预览语言</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>short, e.g. ask_damage_photos</source>
        <translation>简短，如 ask_damage_photos</translation>
    </message>
    <message>
        <source>Placeholders, written as {{ buyer }}: %1. When the case has no value, the agent is asked for it.</source>
        <translation>占位符写成 {{ buyer }} 的样子：%1。工单里没有的值会请客服补充。</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Restore shipped</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>正在校验历史记录…</translation>
    </message>
</context>
<context>
    <name>UrgedAlertDialog</name>
    <message>
        <source>Urged shipments</source>
        <translation>催发货提醒</translation>
    </message>
    <message>
        <source>%1 has %2 urged orders not shipped yet (the alert is set at %3). Ship them first, or tell the buyers when they leave.</source>
        <translation>%1 有 %2 个被催发货的订单尚未发出（提醒阈值为 %3）。请优先发货，或在发出时告知买家。</translation>
    </message>
    <message>
        <source>Acknowledge and show urged cases</source>
        <translation>知道了，查看催发货售后</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>知道了</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No account has a password yet: anyone can work under any name. Add an admin with a password to require signing in.</source>
        <translation>还没有任何账号设置密码：任何人都能以任意名字工作。添加一个带密码的管理员后，所有人都须登录。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked for %1 s</source>
        <translation>锁定 %1 秒</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <source>Saved views</source>
        <translation>已存视图</translation>
    </message>
    <message>
        <source>Rename saved view…</source>
        <translation>重命名已存视图…</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>删除已存视图</translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>其他人…</translation>
    </message>
    <message>
        <source>Your name, as it goes in the case history</source>
        <translation>您的名字（将记入售后单历史）</translation>
    </message>
    <message>
        <source>Choose who you are: “My cases” shows your cases and every action is recorded under your name.</source>
        <translation>请选择您是谁：“我的售后”显示您的售后单，每个操作都以您的名字记录。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Working as %1</source>
        <translation>当前客服：%1</translation>
    </message>
    <message>
        <source>Save filters as a view…</source>
        <translation>将筛选保存为视图…</translation>
    </message>
    <message>
        <source>Change who I am…</source>
        <translation>切换当前客服…</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已存视图</translation>
    </message>
    <message>
        <source>Next case</source>
        <translation>下一个售后单</translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation>上一个售后单</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>打开选中的售后单</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Go to the list of views</source>
        <translation>转到视图列表</translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <source>Loading saved views</source>
        <translation>正在读取已存视图</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>正在保存视图</translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation>正在读取客服列表</translation>
    </message>
    <message>
        <source>Counting urged orders</source>
        <translation>正在统计催发货订单</translation>
    </message>
    <message>
        <source>Recording the acknowledgement</source>
        <translation>正在记录确认</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>正在保存修改</translation>
    </message>
    <message>
        <source>Loading the case&apos;s evidence</source>
        <translation>正在读取售后单的凭证</translation>
    </message>
    <message>
        <source>Checking and opening a file</source>
        <translation>正在核对并打开文件</translation>
    </message>
    <message>
        <source>Writing the appeal bundle</source>
        <translation>正在生成申诉材料包</translation>
    </message>
    <message>
        <source>Loading the approvals queue</source>
        <translation>正在读取待审批打款</translation>
    </message>
    <message>
        <source>Counting waiting payments</source>
        <translation>正在统计待审批打款</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>正在记录审批结果</translation>
    </message>
    <message>
        <source>Adding up the shop&apos;s spend today</source>
        <translation>正在统计店铺今日打款</translation>
    </message>
    <message>
        <source>Loading payments</source>
        <translation>正在读取打款</translation>
    </message>
    <message>
        <source>Loading shops</source>
        <translation>正在读取店铺</translation>
    </message>
    <message>
        <source>Recording the payment as paid</source>
        <translation>正在记录已打款</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation>正在计算报表</translation>
    </message>
    <message>
        <source>Loading the report filters</source>
        <translation>正在读取报表筛选项</translation>
    </message>
    <message>
        <source>Exporting the table</source>
        <translation>正在导出表格</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>正在打印报表</translation>
    </message>
    <message>
        <source>Checking who may read reports</source>
        <translation>正在检查报表权限</translation>
    </message>
</context>
</TS>
