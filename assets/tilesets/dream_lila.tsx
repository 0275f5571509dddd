<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="dream_lila" tilewidth="16" tileheight="16" tilecount="208" columns="16">
 <image source="dream_lila.png" width="256" height="208"/>
 <tile id="0">
  <properties>
   <property name="kind" value="grass"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="grass_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="grass_c"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="moss_path"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="moss_path_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="stepping_stones"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="stepping_stones_path"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="dark_ground"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="dark_ground_eyes"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="shadow_path"/>
   <property name="dark" type="bool" value="true"/>
   <property name="hidden" value="glow"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="shadow_path_b"/>
   <property name="dark" type="bool" value="true"/>
   <property name="hidden" value="glow"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="shadow_bridge_h"/>
   <property name="dark" type="bool" value="true"/>
   <property name="hidden" value="glow"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="shadow_bridge_v"/>
   <property name="dark" type="bool" value="true"/>
   <property name="hidden" value="glow"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="water"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="128" duration="450"/>
   <frame tileid="129" duration="450"/>
   <frame tileid="130" duration="450"/>
  </animation>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="water_lilies"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="131" duration="450"/>
   <frame tileid="132" duration="450"/>
   <frame tileid="133" duration="450"/>
  </animation>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="hedge"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="hedge_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="hedge_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="hedge_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="hedge_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="hedge_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="hedge_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="hedge_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="hedge_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="hedge_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="hedge_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="hedge_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="hedge_inner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="hedge_diag_a"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="hedge_diag_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="hedge_flowering"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="moss_path_c"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="moss_path_n"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="moss_path_s"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="moss_path_w"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="moss_path_e"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="moss_path_nw"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="moss_path_ne"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="moss_path_sw"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="moss_path_se"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="moss_path_inner_nw"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="moss_path_inner_ne"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="moss_path_inner_sw"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="moss_path_inner_se"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="moss_path_diag_a"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="moss_path_diag_b"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="puddle"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="dark_ground_b"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="dark_n"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="dark_s"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="dark_w"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="dark_e"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="dark_nw"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="dark_ne"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="dark_sw"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="dark_se"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="dark_inner_nw"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="dark_inner_ne"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="dark_inner_sw"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="dark_inner_se"/>
   <property name="dark" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="dark_diag_a"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="dark_diag_b"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="water_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="134" duration="450"/>
   <frame tileid="135" duration="450"/>
   <frame tileid="136" duration="450"/>
  </animation>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="water_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="137" duration="450"/>
   <frame tileid="138" duration="450"/>
   <frame tileid="139" duration="450"/>
  </animation>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="water_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="140" duration="450"/>
   <frame tileid="141" duration="450"/>
   <frame tileid="142" duration="450"/>
  </animation>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="water_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="143" duration="450"/>
   <frame tileid="144" duration="450"/>
   <frame tileid="145" duration="450"/>
  </animation>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="water_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="146" duration="450"/>
   <frame tileid="147" duration="450"/>
   <frame tileid="148" duration="450"/>
  </animation>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="water_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="149" duration="450"/>
   <frame tileid="150" duration="450"/>
   <frame tileid="151" duration="450"/>
  </animation>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="water_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="152" duration="450"/>
   <frame tileid="153" duration="450"/>
   <frame tileid="154" duration="450"/>
  </animation>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="water_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="155" duration="450"/>
   <frame tileid="156" duration="450"/>
   <frame tileid="157" duration="450"/>
  </animation>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="water_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="158" duration="450"/>
   <frame tileid="159" duration="450"/>
   <frame tileid="160" duration="450"/>
  </animation>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="water_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="161" duration="450"/>
   <frame tileid="162" duration="450"/>
   <frame tileid="163" duration="450"/>
  </animation>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="water_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="164" duration="450"/>
   <frame tileid="165" duration="450"/>
   <frame tileid="166" duration="450"/>
  </animation>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="water_inner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="167" duration="450"/>
   <frame tileid="168" duration="450"/>
   <frame tileid="169" duration="450"/>
  </animation>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="water_diag_a"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="170" duration="450"/>
   <frame tileid="171" duration="450"/>
   <frame tileid="172" duration="450"/>
  </animation>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="water_diag_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="173" duration="450"/>
   <frame tileid="174" duration="450"/>
   <frame tileid="175" duration="450"/>
  </animation>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="reeds"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="glow_mushrooms"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="kind" value="greenhouse_roof"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="kind" value="greenhouse_roof_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="kind" value="greenhouse_roof_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="kind" value="greenhouse_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="kind" value="greenhouse_face_bloom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="kind" value="greenhouse_door"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="kind" value="greenhouse_face_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="kind" value="greenhouse_face_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="kind" value="culvert_h"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="kind" value="culvert_v"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="kind" value="culvert_ne"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="kind" value="culvert_nw"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="kind" value="culvert_se"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="kind" value="culvert_sw"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="kind" value="culvert_mouth_s"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="kind" value="culvert_mouth_n"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="kind" value="culvert_mouth_w"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="kind" value="culvert_mouth_e"/>
   <property name="vent" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="kind" value="lantern_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="176" duration="500"/>
   <frame tileid="177" duration="160"/>
   <frame tileid="178" duration="400"/>
   <frame tileid="177" duration="160"/>
  </animation>
 </tile>
 <tile id="99">
  <properties>
   <property name="kind" value="lantern_hanging"/>
  </properties>
  <animation>
   <frame tileid="179" duration="600"/>
   <frame tileid="180" duration="200"/>
   <frame tileid="181" duration="500"/>
  </animation>
 </tile>
 <tile id="100">
  <properties>
   <property name="kind" value="lantern_string"/>
  </properties>
  <animation>
   <frame tileid="182" duration="400"/>
   <frame tileid="183" duration="400"/>
   <frame tileid="184" duration="400"/>
  </animation>
 </tile>
 <tile id="101">
  <properties>
   <property name="kind" value="fireflies"/>
  </properties>
  <animation>
   <frame tileid="185" duration="300"/>
   <frame tileid="186" duration="300"/>
   <frame tileid="187" duration="300"/>
  </animation>
 </tile>
 <tile id="102">
  <properties>
   <property name="kind" value="fireflies_b"/>
  </properties>
  <animation>
   <frame tileid="188" duration="340"/>
   <frame tileid="189" duration="340"/>
   <frame tileid="190" duration="340"/>
  </animation>
 </tile>
 <tile id="103">
  <properties>
   <property name="kind" value="flowers_glow_pink"/>
  </properties>
  <animation>
   <frame tileid="191" duration="700"/>
   <frame tileid="192" duration="500"/>
   <frame tileid="193" duration="700"/>
   <frame tileid="192" duration="500"/>
  </animation>
 </tile>
 <tile id="104">
  <properties>
   <property name="kind" value="flowers_glow_cyan"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="kind" value="flowers_moon"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="kind" value="swing_top"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="kind" value="swing"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="kind" value="bench_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="kind" value="bench_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="kind" value="fort_top_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="kind" value="fort_top_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="kind" value="fort_bottom_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="kind" value="fort_bottom_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="kind" value="gate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="kind" value="gate_open"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="kind" value="tree_top"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="kind" value="tree_trunk"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="hedges" type="corner" tile="-1">
   <wangcolor name="hedge" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="grass" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="15" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="16" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="17" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="18" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="19" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="20" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="21" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="22" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="23" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="24" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="25" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="26" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="27" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="28" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="29" wangid="0,1,0,2,0,1,0,2"/>
  </wangset>
  <wangset name="paths" type="corner" tile="-1">
   <wangcolor name="moss" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="grass" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="3" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="4" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="31" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="32" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="33" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="34" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="35" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="36" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="37" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="38" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="39" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="40" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="41" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="42" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="43" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="44" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="45" wangid="0,1,0,2,0,1,0,2"/>
  </wangset>
  <wangset name="darkness" type="corner" tile="-1">
   <wangcolor name="dark" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="grass" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="7" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="8" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="47" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="48" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="49" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="50" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="51" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="52" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="53" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="54" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="55" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="56" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="57" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="58" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="59" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="60" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="61" wangid="0,1,0,2,0,1,0,2"/>
  </wangset>
  <wangset name="pond" type="corner" tile="-1">
   <wangcolor name="water" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="grass" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="13" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="14" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="64" wangid="0,1,0,2,0,2,0,1"/>
   <wangtile tileid="65" wangid="0,2,0,1,0,1,0,2"/>
   <wangtile tileid="66" wangid="0,2,0,2,0,1,0,1"/>
   <wangtile tileid="67" wangid="0,1,0,1,0,2,0,2"/>
   <wangtile tileid="68" wangid="0,2,0,2,0,2,0,1"/>
   <wangtile tileid="69" wangid="0,1,0,2,0,2,0,2"/>
   <wangtile tileid="70" wangid="0,2,0,2,0,1,0,2"/>
   <wangtile tileid="71" wangid="0,2,0,1,0,2,0,2"/>
   <wangtile tileid="72" wangid="0,1,0,1,0,1,0,2"/>
   <wangtile tileid="73" wangid="0,2,0,1,0,1,0,1"/>
   <wangtile tileid="74" wangid="0,1,0,1,0,2,0,1"/>
   <wangtile tileid="75" wangid="0,1,0,2,0,1,0,1"/>
   <wangtile tileid="76" wangid="0,2,0,1,0,2,0,1"/>
   <wangtile tileid="77" wangid="0,1,0,2,0,1,0,2"/>
  </wangset>
 </wangsets>
</tileset>
