<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="dream_roe" tilewidth="16" tileheight="16" tilecount="112" columns="16">
 <image source="dream_roe.png" width="256" height="112"/>
 <tile id="0">
  <properties>
   <property name="kind" value="floor_wood"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="kind" value="floor_wood_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="kind" value="floor_wood_worn"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="kind" value="floor_parchment"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="kind" value="floor_parchment_b"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="kind" value="rug"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="kind" value="gap"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="kind" value="gap_b"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="kind" value="shelf_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="kind" value="shelf_top_files"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="kind" value="memory_photo"/>
  </properties>
  <animation>
   <frame tileid="96" duration="1400"/>
   <frame tileid="97" duration="120"/>
   <frame tileid="98" duration="120"/>
  </animation>
 </tile>
 <tile id="11">
  <properties>
   <property name="kind" value="memory_photo_b"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="kind" value="memory_photo_c"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="kind" value="paper_drift"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="kind" value="paper_drift_b"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="kind" value="papers_scattered"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="kind" value="shelf_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="kind" value="shelf_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="kind" value="shelf_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="kind" value="shelf_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="kind" value="shelf_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="kind" value="shelf_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="kind" value="shelf_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="kind" value="shelf_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="kind" value="shelf_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="kind" value="shelf_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="kind" value="shelf_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="kind" value="shelf_inner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="kind" value="shelf_diag_a"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="kind" value="shelf_diag_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="kind" value="shelf_front"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="kind" value="shelf_front_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="kind" value="parchment_n"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="kind" value="parchment_s"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="kind" value="parchment_w"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="kind" value="parchment_e"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="kind" value="parchment_nw"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="kind" value="parchment_ne"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="kind" value="parchment_sw"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="kind" value="parchment_se"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="kind" value="parchment_inner_nw"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="kind" value="parchment_inner_ne"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="kind" value="parchment_inner_sw"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="kind" value="parchment_inner_se"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="kind" value="parchment_diag_a"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="kind" value="parchment_diag_b"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="kind" value="shelf_front_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="kind" value="shelf_front_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="kind" value="gap_n"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="kind" value="gap_s"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="kind" value="gap_w"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="kind" value="gap_e"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="kind" value="gap_nw"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="kind" value="gap_ne"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="kind" value="gap_sw"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="kind" value="gap_se"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="kind" value="gap_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="kind" value="gap_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="kind" value="gap_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="kind" value="gap_inner_se"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="kind" value="gap_diag_a"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="kind" value="gap_diag_b"/>
   <property name="solid" type="bool" value="true"/>
   <property name="gap" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="kind" value="door_frosted"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="kind" value="door_frosted_plate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="kind" value="wall_panel"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="kind" value="panel_certificate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="kind" value="panel_certificates"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="kind" value="filing_cabinet"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="kind" value="filing_cabinet_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="kind" value="heavy_crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="kind" value="heavy_crate_b"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="kind" value="paper_stack"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="kind" value="paper_stack_leaning"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="kind" value="desk_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="kind" value="desk_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="kind" value="reading_chair"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="kind" value="couch_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="kind" value="couch_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="kind" value="clock_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="kind" value="clock"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="99" duration="500"/>
   <frame tileid="100" duration="250"/>
   <frame tileid="101" duration="500"/>
   <frame tileid="100" duration="250"/>
  </animation>
 </tile>
 <tile id="80">
  <properties>
   <property name="kind" value="floor_lamp"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="102" duration="900"/>
   <frame tileid="103" duration="90"/>
   <frame tileid="102" duration="300"/>
   <frame tileid="104" duration="120"/>
  </animation>
 </tile>
 <tile id="81">
  <properties>
   <property name="kind" value="dust_motes"/>
  </properties>
  <animation>
   <frame tileid="105" duration="500"/>
   <frame tileid="106" duration="500"/>
   <frame tileid="107" duration="500"/>
  </animation>
 </tile>
 <tile id="82">
  <properties>
   <property name="kind" value="dust_motes_b"/>
  </properties>
  <animation>
   <frame tileid="108" duration="560"/>
   <frame tileid="109" duration="560"/>
   <frame tileid="110" duration="560"/>
  </animation>
 </tile>
 <tile id="83">
  <properties>
   <property name="kind" value="side_table"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="kind" value="waste_basket"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <wangsets>
  <wangset name="shelves" type="corner" tile="-1">
   <wangcolor name="shelf" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="8" wangid="0,1,0,1,0,1,0,1"/>
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
  <wangset name="floors" type="corner" tile="-1">
   <wangcolor name="parchment" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="wood" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="3" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="4" wangid="0,1,0,1,0,1,0,1"/>
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
  <wangset name="gap" type="corner" tile="-1">
   <wangcolor name="gap" color="#ff3040" tile="-1" probability="1"/>
   <wangcolor name="floor" color="#30c0ff" tile="-1" probability="1"/>
   <wangtile tileid="0" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="1" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="2" wangid="0,2,0,2,0,2,0,2"/>
   <wangtile tileid="6" wangid="0,1,0,1,0,1,0,1"/>
   <wangtile tileid="7" wangid="0,1,0,1,0,1,0,1"/>
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
 </wangsets>
</tileset>
