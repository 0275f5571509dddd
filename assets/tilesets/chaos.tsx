<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="chaos" tilewidth="16" tileheight="16" tilecount="336" columns="16">
 <image source="chaos.png" width="256" height="336"/>
 <tile id="0">
  <properties>
   <property name="kind" value="void_static"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="240" duration="220"/>
   <frame tileid="241" duration="160"/>
   <frame tileid="242" duration="220"/>
   <frame tileid="243" duration="120"/>
  </animation>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="floor_ground"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="floor_ground_b"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="floor_ground_c"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="floor_office"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="floor_office_b"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="floor_paint"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="floor_paint_b"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="floor_garden"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="floor_garden_b"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="floor_archive"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="floor_archive_b"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="floor_merge"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="floor_glitch_tear"/>
  </properties>
  <animation>
   <frame tileid="244" duration="300"/>
   <frame tileid="245" duration="90"/>
   <frame tileid="246" duration="140"/>
   <frame tileid="245" duration="90"/>
  </animation>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="floor_crack_static"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="floor_threshold_light"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="floor_seam_office_tl"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="floor_seam_office_bl"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="floor_seam_office_br"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="floor_seam_office_tr"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="floor_seam_office_bltl"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="floor_seam_office_brtl"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="floor_seam_office_brbl"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="floor_seam_office_trtl"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="floor_seam_office_trbl"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="floor_seam_office_trbr"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="floor_seam_office_brbltl"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="floor_seam_office_trbltl"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="floor_seam_office_trbrtl"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="floor_seam_office_trbrbl"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="floor_office_star"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="floor_office_pages"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="floor_seam_paint_tl"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="floor_seam_paint_bl"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="floor_seam_paint_br"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="floor_seam_paint_tr"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="floor_seam_paint_bltl"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="floor_seam_paint_brtl"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="floor_seam_paint_brbl"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="floor_seam_paint_trtl"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="floor_seam_paint_trbl"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="floor_seam_paint_trbr"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="floor_seam_paint_brbltl"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="floor_seam_paint_trbltl"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="floor_seam_paint_trbrtl"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="floor_seam_paint_trbrbl"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="floor_paint_splat"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="floor_paint_footprints"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="floor_seam_garden_tl"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="floor_seam_garden_bl"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="floor_seam_garden_br"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="floor_seam_garden_tr"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="floor_seam_garden_bltl"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="floor_seam_garden_brtl"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="floor_seam_garden_brbl"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="floor_seam_garden_trtl"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="floor_seam_garden_trbl"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="floor_seam_garden_trbr"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="floor_seam_garden_brbltl"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="floor_seam_garden_trbltl"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="floor_seam_garden_trbrtl"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="floor_seam_garden_trbrbl"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="kind" value="floor_garden_flowers"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="kind" value="floor_garden_roots"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="floor_seam_archive_tl"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="floor_seam_archive_bl"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="floor_seam_archive_br"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="floor_seam_archive_tr"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="floor_seam_archive_bltl"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="floor_seam_archive_brtl"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="floor_seam_archive_brbl"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="floor_seam_archive_trtl"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="floor_seam_archive_trbl"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="floor_seam_archive_trbr"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="floor_seam_archive_brbltl"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="floor_seam_archive_trbltl"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="floor_seam_archive_trbrtl"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="floor_seam_archive_trbrbl"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="floor_archive_pages"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="floor_archive_rug"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="kind" value="wall_cap"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="kind" value="wall_tl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="kind" value="wall_bl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="kind" value="wall_br_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="kind" value="wall_tr_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="kind" value="wall_bltl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="kind" value="wall_brtl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="kind" value="wall_brbl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="kind" value="wall_trtl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="kind" value="wall_trbl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="kind" value="wall_trbr_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="kind" value="wall_brbltl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="kind" value="wall_trbltl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="kind" value="wall_trbrtl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="kind" value="wall_trbrbl_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="kind" value="wall_cap_glitch"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="kind" value="island_tl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="kind" value="island_bl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="kind" value="island_br_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="kind" value="island_tr_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="kind" value="island_bltl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="kind" value="island_brtl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="kind" value="island_brbl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="kind" value="island_trtl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="kind" value="island_trbl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="kind" value="island_trbr_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="kind" value="island_brbltl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="kind" value="island_trbltl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="kind" value="island_trbrtl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="kind" value="island_trbrbl_void"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="kind" value="void_spark"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="kind" value="void_debris"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="kind" value="wall_face_mixed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="kind" value="wall_face_office"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="kind" value="wall_face_paint"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="kind" value="wall_face_garden"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="kind" value="wall_face_archive"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="kind" value="wall_face_glitch"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="247" duration="500"/>
   <frame tileid="248" duration="80"/>
   <frame tileid="249" duration="120"/>
   <frame tileid="248" duration="80"/>
  </animation>
 </tile>
 <tile id="118">
  <properties>
   <property name="kind" value="wall_face_rift"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="kind" value="wall_face_portrait"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="kind" value="door_closed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="kind" value="door_open"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="kind" value="door_wall_closed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="kind" value="door_wall_open"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="kind" value="pillar_top"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="kind" value="pillar_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="kind" value="wall_face_clock"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="kind" value="wall_face_vines"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="kind" value="campfire"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="250" duration="160"/>
   <frame tileid="251" duration="160"/>
   <frame tileid="252" duration="160"/>
   <frame tileid="251" duration="160"/>
  </animation>
 </tile>
 <tile id="129">
  <properties>
   <property name="kind" value="log_seat"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="kind" value="glitch_cube"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="253" duration="400"/>
   <frame tileid="254" duration="90"/>
   <frame tileid="255" duration="140"/>
   <frame tileid="254" duration="90"/>
  </animation>
 </tile>
 <tile id="131">
  <properties>
   <property name="kind" value="rubble"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="kind" value="pod_broken"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="kind" value="desk_fragment"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="kind" value="easel"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="kind" value="lantern_flower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="kind" value="file_stack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="kind" value="clock_melting"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="kind" value="bookshelf_fragment"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="kind" value="paint_bucket"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="kind" value="floating_pages"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="kind" value="static_shard"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="kind" value="bedroll"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="kind" value="mirror_cracked"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="kind" value="threshold_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="144" duration="500"/>
   <frame tileid="256" duration="300"/>
   <frame tileid="257" duration="500"/>
   <frame tileid="256" duration="300"/>
  </animation>
 </tile>
 <tile id="145">
  <properties>
   <property name="kind" value="threshold_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="145" duration="500"/>
   <frame tileid="258" duration="300"/>
   <frame tileid="259" duration="500"/>
   <frame tileid="258" duration="300"/>
  </animation>
 </tile>
 <tile id="146">
  <properties>
   <property name="kind" value="gate_fear_mara_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="kind" value="gate_fear_jonas_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="kind" value="gate_fear_lila_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="kind" value="gate_fear_roe_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="kind" value="threshold_ml"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="160" duration="500"/>
   <frame tileid="260" duration="300"/>
   <frame tileid="261" duration="500"/>
   <frame tileid="260" duration="300"/>
  </animation>
 </tile>
 <tile id="161">
  <properties>
   <property name="kind" value="threshold_mr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="161" duration="500"/>
   <frame tileid="262" duration="300"/>
   <frame tileid="263" duration="500"/>
   <frame tileid="262" duration="300"/>
  </animation>
 </tile>
 <tile id="162">
  <properties>
   <property name="kind" value="gate_fear_mara_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="kind" value="gate_fear_jonas_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="kind" value="gate_fear_lila_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="kind" value="gate_fear_roe_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="kind" value="threshold_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="176" duration="500"/>
   <frame tileid="264" duration="300"/>
   <frame tileid="265" duration="500"/>
   <frame tileid="264" duration="300"/>
  </animation>
 </tile>
 <tile id="177">
  <properties>
   <property name="kind" value="threshold_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="177" duration="500"/>
   <frame tileid="266" duration="300"/>
   <frame tileid="267" duration="500"/>
   <frame tileid="266" duration="300"/>
  </animation>
 </tile>
 <tile id="192">
  <properties>
   <property name="kind" value="plate_light_up"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="kind" value="plate_light_down"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="kind" value="plate_heavy_up"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="kind" value="plate_heavy_down"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="kind" value="gate_h_closed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="kind" value="gate_h_open"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="kind" value="gate_h_opening"/>
  </properties>
  <animation>
   <frame tileid="196" duration="120"/>
   <frame tileid="268" duration="100"/>
   <frame tileid="269" duration="100"/>
   <frame tileid="197" duration="800"/>
  </animation>
 </tile>
 <tile id="199">
  <properties>
   <property name="kind" value="gate_v_closed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="kind" value="gate_v_open"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="kind" value="gate_v_opening"/>
  </properties>
  <animation>
   <frame tileid="199" duration="120"/>
   <frame tileid="270" duration="100"/>
   <frame tileid="271" duration="100"/>
   <frame tileid="200" duration="800"/>
  </animation>
 </tile>
 <tile id="202">
  <properties>
   <property name="kind" value="lever_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="kind" value="lever_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="kind" value="block_light"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="kind" value="block_heavy"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="kind" value="reset_pedestal"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="kind" value="vent_grate"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="kind" value="junction_0"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="kind" value="junction_90"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="kind" value="junction_180"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="kind" value="junction_270"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="kind" value="junction_powered_0"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="kind" value="junction_powered_90"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="kind" value="junction_powered_180"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="kind" value="junction_powered_270"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="kind" value="lamp_off"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="kind" value="lamp_on"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="kind" value="dark_tile"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="kind" value="hidden_walkway"/>
   <property name="hidden" value="trace"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="kind" value="shadow_path"/>
   <property name="hidden" value="glow"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="kind" value="sketch_plank_h"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="kind" value="sketch_plank_v"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="kind" value="sketch_crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="kind" value="wire_h"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="kind" value="wire_v"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="kind" value="wire_ne"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="kind" value="wire_se"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="kind" value="wire_sw"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="kind" value="wire_nw"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="kind" value="wire_cross"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="kind" value="wire_tee"/>
   <property name="wire" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="kind" value="void_static_f1"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="kind" value="void_static_f2"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="kind" value="void_static_f3"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="kind" value="void_static_f4"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="kind" value="floor_glitch_tear_f1"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="kind" value="floor_glitch_tear_f2"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="kind" value="floor_glitch_tear_f3"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="kind" value="wall_face_glitch_f1"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="kind" value="wall_face_glitch_f2"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="kind" value="wall_face_glitch_f3"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="kind" value="campfire_f1"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="kind" value="campfire_f2"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="kind" value="campfire_f3"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="kind" value="glitch_cube_f1"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="kind" value="glitch_cube_f2"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="kind" value="glitch_cube_f3"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="kind" value="threshold_tl_f2"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="kind" value="threshold_tl_f3"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="kind" value="threshold_tr_f2"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="kind" value="threshold_tr_f3"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="kind" value="threshold_ml_f2"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="kind" value="threshold_ml_f3"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="kind" value="threshold_mr_f2"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="kind" value="threshold_mr_f3"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="kind" value="threshold_bl_f2"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="kind" value="threshold_bl_f3"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="kind" value="threshold_br_f2"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="kind" value="threshold_br_f3"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="kind" value="gate_h_opening_f2"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="kind" value="gate_h_opening_f3"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="kind" value="gate_v_opening_f2"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="kind" value="gate_v_opening_f3"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="kind" value="sketch_plank_h_fade1"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="kind" value="sketch_plank_h_fade2"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="kind" value="sketch_plank_v_fade1"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="kind" value="sketch_plank_v_fade2"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="kind" value="sketch_crate_fade1"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="kind" value="sketch_crate_fade2"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="kind" value="arch_mara_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="kind" value="arch_mara_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="kind" value="arch_mara_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="kind" value="arch_jonas_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="kind" value="arch_jonas_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="kind" value="arch_jonas_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="kind" value="arch_lila_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="kind" value="arch_lila_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="kind" value="arch_lila_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="kind" value="arch_roe_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="kind" value="arch_roe_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="kind" value="arch_roe_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="kind" value="hub_fire_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="300" duration="150"/>
   <frame tileid="320" duration="150"/>
   <frame tileid="324" duration="150"/>
   <frame tileid="320" duration="150"/>
  </animation>
 </tile>
 <tile id="301">
  <properties>
   <property name="kind" value="hub_fire_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="301" duration="150"/>
   <frame tileid="321" duration="150"/>
   <frame tileid="325" duration="150"/>
   <frame tileid="321" duration="150"/>
  </animation>
 </tile>
 <tile id="302">
  <properties>
   <property name="kind" value="seat_log_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="kind" value="seat_log_v"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="kind" value="arch_mara_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="kind" value="arch_mara"/>
  </properties>
  <animation>
   <frame tileid="305" duration="400"/>
   <frame tileid="328" duration="400"/>
   <frame tileid="329" duration="400"/>
  </animation>
 </tile>
 <tile id="306">
  <properties>
   <property name="kind" value="arch_mara_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="kind" value="arch_jonas_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="kind" value="arch_jonas"/>
  </properties>
  <animation>
   <frame tileid="308" duration="400"/>
   <frame tileid="330" duration="400"/>
   <frame tileid="331" duration="400"/>
  </animation>
 </tile>
 <tile id="309">
  <properties>
   <property name="kind" value="arch_jonas_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="kind" value="arch_lila_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="kind" value="arch_lila"/>
  </properties>
  <animation>
   <frame tileid="311" duration="400"/>
   <frame tileid="332" duration="400"/>
   <frame tileid="333" duration="400"/>
  </animation>
 </tile>
 <tile id="312">
  <properties>
   <property name="kind" value="arch_lila_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="313">
  <properties>
   <property name="kind" value="arch_roe_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="314">
  <properties>
   <property name="kind" value="arch_roe"/>
  </properties>
  <animation>
   <frame tileid="314" duration="400"/>
   <frame tileid="334" duration="400"/>
   <frame tileid="335" duration="400"/>
  </animation>
 </tile>
 <tile id="315">
  <properties>
   <property name="kind" value="arch_roe_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="316">
  <properties>
   <property name="kind" value="hub_fire_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="316" duration="150"/>
   <frame tileid="322" duration="150"/>
   <frame tileid="326" duration="150"/>
   <frame tileid="322" duration="150"/>
  </animation>
 </tile>
 <tile id="317">
  <properties>
   <property name="kind" value="hub_fire_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="317" duration="150"/>
   <frame tileid="323" duration="150"/>
   <frame tileid="327" duration="150"/>
   <frame tileid="323" duration="150"/>
  </animation>
 </tile>
 <tile id="318">
  <properties>
   <property name="kind" value="seat_stone"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="319">
  <properties>
   <property name="kind" value="seat_stones"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="320">
  <properties>
   <property name="kind" value="hub_fire_tl_f2"/>
  </properties>
 </tile>
 <tile id="321">
  <properties>
   <property name="kind" value="hub_fire_tr_f2"/>
  </properties>
 </tile>
 <tile id="322">
  <properties>
   <property name="kind" value="hub_fire_bl_f2"/>
  </properties>
 </tile>
 <tile id="323">
  <properties>
   <property name="kind" value="hub_fire_br_f2"/>
  </properties>
 </tile>
 <tile id="324">
  <properties>
   <property name="kind" value="hub_fire_tl_f3"/>
  </properties>
 </tile>
 <tile id="325">
  <properties>
   <property name="kind" value="hub_fire_tr_f3"/>
  </properties>
 </tile>
 <tile id="326">
  <properties>
   <property name="kind" value="hub_fire_bl_f3"/>
  </properties>
 </tile>
 <tile id="327">
  <properties>
   <property name="kind" value="hub_fire_br_f3"/>
  </properties>
 </tile>
 <tile id="328">
  <properties>
   <property name="kind" value="arch_mara_f2"/>
  </properties>
 </tile>
 <tile id="329">
  <properties>
   <property name="kind" value="arch_mara_f3"/>
  </properties>
 </tile>
 <tile id="330">
  <properties>
   <property name="kind" value="arch_jonas_f2"/>
  </properties>
 </tile>
 <tile id="331">
  <properties>
   <property name="kind" value="arch_jonas_f3"/>
  </properties>
 </tile>
 <tile id="332">
  <properties>
   <property name="kind" value="arch_lila_f2"/>
  </properties>
 </tile>
 <tile id="333">
  <properties>
   <property name="kind" value="arch_lila_f3"/>
  </properties>
 </tile>
 <tile id="334">
  <properties>
   <property name="kind" value="arch_roe_f2"/>
  </properties>
 </tile>
 <tile id="335">
  <properties>
   <property name="kind" value="arch_roe_f3"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="floors" type="corner" tile="-1">
   <wangcolor name="ground" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="office" color="#30c0ff" tile="-1" probability="1"/>
   <wangcolor name="paint" color="#ffd030" tile="-1" probability="1"/>
   <wangcolor name="garden" color="#40e070" tile="-1" probability="1"/>
   <wangcolor name="archive" color="#c060ff" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="4" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="6" wangid="0,3,0,3,0,3,0,3"/>
   <wangtile tileid="8" wangid="0,4,0,4,0,4,0,4"/>
   <wangtile tileid="10" wangid="0,5,0,5,0,5,0,5"/>
   <wangtile tileid="16" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="17" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="18" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="19" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="20" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="21" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="22" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="23" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="24" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="25" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="26" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="27" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="28" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="29" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="32" wangid="0,1,0,1,0,1,0,3"/>
   <wangtile tileid="33" wangid="0,1,0,1,0,3,0,1"/>
   <wangtile tileid="34" wangid="0,1,0,3,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,3,0,1,0,1,0,1"/>
   <wangtile tileid="36" wangid="0,1,0,1,0,3,0,3"/>
   <wangtile tileid="37" wangid="0,1,0,3,0,1,0,3"/>
   <wangtile tileid="38" wangid="0,1,0,3,0,3,0,1"/>
   <wangtile tileid="39" wangid="0,3,0,1,0,1,0,3"/>
   <wangtile tileid="40" wangid="0,3,0,1,0,3,0,1"/>
   <wangtile tileid="41" wangid="0,3,0,3,0,1,0,1"/>
   <wangtile tileid="42" wangid="0,1,0,3,0,3,0,3"/>
   <wangtile tileid="43" wangid="0,3,0,1,0,3,0,3"/>
   <wangtile tileid="44" wangid="0,3,0,3,0,1,0,3"/>
   <wangtile tileid="45" wangid="0,3,0,3,0,3,0,1"/>
   <wangtile tileid="48" wangid="0,1,0,1,0,1,0,4"/>
   <wangtile tileid="49" wangid="0,1,0,1,0,4,0,1"/>
   <wangtile tileid="50" wangid="0,1,0,4,0,1,0,1"/>
   <wangtile tileid="51" wangid="0,4,0,1,0,1,0,1"/>
   <wangtile tileid="52" wangid="0,1,0,1,0,4,0,4"/>
   <wangtile tileid="53" wangid="0,1,0,4,0,1,0,4"/>
   <wangtile tileid="54" wangid="0,1,0,4,0,4,0,1"/>
   <wangtile tileid="55" wangid="0,4,0,1,0,1,0,4"/>
   <wangtile tileid="56" wangid="0,4,0,1,0,4,0,1"/>
   <wangtile tileid="57" wangid="0,4,0,4,0,1,0,1"/>
   <wangtile tileid="58" wangid="0,1,0,4,0,4,0,4"/>
   <wangtile tileid="59" wangid="0,4,0,1,0,4,0,4"/>
   <wangtile tileid="60" wangid="0,4,0,4,0,1,0,4"/>
   <wangtile tileid="61" wangid="0,4,0,4,0,4,0,1"/>
   <wangtile tileid="64" wangid="0,1,0,1,0,1,0,5"/>
   <wangtile tileid="65" wangid="0,1,0,1,0,5,0,1"/>
   <wangtile tileid="66" wangid="0,1,0,5,0,1,0,1"/>
   <wangtile tileid="67" wangid="0,5,0,1,0,1,0,1"/>
   <wangtile tileid="68" wangid="0,1,0,1,0,5,0,5"/>
   <wangtile tileid="69" wangid="0,1,0,5,0,1,0,5"/>
   <wangtile tileid="70" wangid="0,1,0,5,0,5,0,1"/>
   <wangtile tileid="71" wangid="0,5,0,1,0,1,0,5"/>
   <wangtile tileid="72" wangid="0,5,0,1,0,5,0,1"/>
   <wangtile tileid="73" wangid="0,5,0,5,0,1,0,1"/>
   <wangtile tileid="74" wangid="0,1,0,5,0,5,0,5"/>
   <wangtile tileid="75" wangid="0,5,0,1,0,5,0,5"/>
   <wangtile tileid="76" wangid="0,5,0,5,0,1,0,5"/>
   <wangtile tileid="77" wangid="0,5,0,5,0,5,0,1"/>
  </wangset>
  <wangset name="walls" type="corner" tile="-1">
   <wangcolor name="wall" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="80" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="81" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="82" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="83" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="84" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="85" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="86" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="87" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="88" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="89" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="90" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="91" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="92" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="93" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="94" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="95" wangid="0,1,0,1,0,1,0,1"/>
  </wangset>
  <wangset name="islands" type="corner" tile="-1">
   <wangcolor name="ground" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="void" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="96" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="97" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="98" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="99" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="100" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="101" wangid="0,1,0,2,0,1,0,2"/>
   <wangtile tileid="102" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="103" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="104" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="105" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="106" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="107" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="108" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="109" wangid="0,2,0,2,0,2,0,1"/>
  </wangset>
 </wangsets>
</tileset>
